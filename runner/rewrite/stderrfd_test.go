package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("stderrfd", "stderr-descriptor"))
}

// TestStderrFDs checks which calls pass stderrfd hands to lift: an
// *os.File's Fd and SyscallConn, whatever names the file, and nothing else
// of that name.
func TestStderrFDs(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"os.Stderr.Fd()", "fmt.Println(os.Stderr.Fd())", []string{"_sl1.Fd(/*line :9:14*/os.Stderr)/*line :9:28*/"}, nil},
		{"a variable's Fd, in parentheses", "f := os.Stdout\n\tfmt.Println((f).Fd())", []string{"_sl1.Fd(/*line :10:14*/(f))/*line :10:22*/"}, nil},
		{"SyscallConn", "rc, err := os.Stderr.SyscallConn()\n\tfmt.Println(rc, err)", []string{"_sl1.SyscallConn(/*line :9:13*/os.Stderr)"}, nil},
		{"a method Fd of a type of the script's", "var d dev\n\tfmt.Println(d.Fd(), os.Args)", nil, []string{"_sl1.Fd("}},
		{"a file's other methods", "fmt.Println(os.Stderr.Name())", nil, []string{"_sl1."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\t" + tt.body + "\n}\n\ntype dev struct{}\n\nfunc (dev) Fd() uintptr { return 9 }\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
