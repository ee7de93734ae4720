package refuse_test

import (
	"strings"
	"testing"
)

// TestBufferCaps checks that the Cap of a bytes.Buffer made from a
// string's bytes, which Go's escape analysis decides, is refused, and the
// Cap of another buffer is not.
func TestBufferCaps(t *testing.T) {
	head := "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nconst hello = \"hello\"\n\nvar global = bytes.NewBufferString(hello)\n\n"
	tests := []struct {
		name, body, want string // want "" for no refusal
	}{
		{"NewBufferString of a constant", "func main() {\n\tb := bytes.NewBufferString(hello)\n\tfmt.Println(b.Cap())\n}\n", "main.go:14:14: the capacity of a bytes.Buffer made from a string's bytes goes by Go's escape analysis"},
		{"NewBufferString of a variable", "func main() {\n\ts := \"hi\"\n\tvar b = bytes.NewBufferString(s)\n\tfmt.Println(b.Len(), b.Cap())\n}\n", "main.go:15:23: the capacity"},
		{"NewBuffer of a converted variable", "func f(s string) int {\n\tb := bytes.NewBuffer([]byte(s))\n\treturn b.Cap()\n}\n\nfunc main() { fmt.Println(f(\"x\")) }\n", "main.go:14:9: the capacity"},
		{"the call itself", "func main() {\n\tfmt.Println(bytes.NewBufferString(\"abc\").Cap())\n}\n", "main.go:13:14: the capacity"},
		{"NewBuffer of a converted constant", "func main() {\n\tb := bytes.NewBuffer([]byte(hello))\n\tfmt.Println(b.Cap())\n}\n", ""},
		{"NewBuffer of a made slice", "func main() {\n\tb := bytes.NewBuffer(make([]byte, 0, 64))\n\tb.WriteString(hello)\n\tfmt.Println(b.Cap())\n}\n", ""},
		{"a package's variable", "func main() {\n\tfmt.Println(global.Cap())\n}\n", "main.go:13:14: the capacity"},
		{"compared with its Len", "func main() {\n\tb := bytes.NewBufferString(hello)\n\tfmt.Println(b.Cap() >= b.Len())\n}\n", ""},
		{"a zero buffer", "func main() {\n\tvar b bytes.Buffer\n\tb.WriteString(hello)\n\tfmt.Println(b.Cap())\n}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, head+tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "bytes.Buffer") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
