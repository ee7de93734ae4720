package rewrite_test

import (
	"testing"
)

func init() {
	programs = append(programs, program{"bytesassert", `package main

import (
	"errors"
	"fmt"
)

type Frame []byte

type Packet []byte

func (p Packet) String() string { return fmt.Sprintf("packet(%d)", len(p)) }

type Event interface{}

func kind(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case Frame:
		return fmt.Sprint("frame ", len(x))
	case []byte:
		return fmt.Sprint("bytes ", len(x))
	}
	return "other"
}

func main() {
	for _, v := range []any{Frame("abc"), []byte("ab"), Packet("xyz"), errors.New("e"), nil} {
		f, ok := v.(Frame)
		b, ok2 := v.([]byte)
		p, ok3 := v.(Packet)
		fmt.Printf("%s %v %v %v %v %v %v %T\n", kind(v), f, ok, b, ok2, p, ok3, v)
	}
	var e Event = Frame("hi")
	fmt.Println(string(e.(Frame)), e.(Frame)[0])
	if _, ok := e.([]byte); !ok {
		fmt.Println("no []byte")
	}
}
`})
}

// TestBytesAssert checks which assertions pass bytesassert hands to lift:
// from an empty interface to a type on []byte or to []byte, in both forms,
// in a script that declares such a type, and no others.
func TestBytesAssert(t *testing.T) {
	const decls = "package main\n\nimport \"fmt\"\n\ntype Frame []byte\n\ntype Event any\n\n"
	tests := []struct {
		name string
		src  string
		want []string
		not  []string
	}{
		{"comma-ok to the type", decls + "func main() {\n\tvar v any\n\tf, ok := v.(Frame)\n\tfmt.Println(f, ok)\n}\n",
			[]string{"f, ok := _sl2.BytesAs(/*line :11:11*/v, Frame(nil))/*line :11:12*/.(Frame)"}, nil},
		{"comma-ok to []byte", decls + "func main() {\n\tvar v any\n\tb, ok := v.([]byte)\n\tfmt.Println(b, ok)\n}\n",
			[]string{"_sl2.BytesAs(/*line :11:11*/v, []byte(nil))/*line :11:12*/.([]byte)"}, nil},
		{"single value from a named empty interface", decls + "func main() {\n\tvar v Event\n\tfmt.Println(v.(Frame))\n}\n",
			[]string{`_sl2.BytesMust(/*line :11:14*/v, Frame(nil), "main.Event")/*line :11:15*/.(Frame)`}, nil},
		{"single value from any", decls + "func main() {\n\tvar v any\n\tfmt.Println(len(v.([]byte)))\n}\n",
			[]string{`_sl2.BytesMust(/*line :11:18*/v, []byte(nil), "interface {}")`}, nil},
		{"a type switch with an interface case", decls + "func main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase error, Frame:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"_sl2.BytesAs(v, Frame(nil)).(Frame)"}, nil},
		{"to another type, left alone", decls + "func main() {\n\tvar v any\n\tn, ok := v.(int)\n\tfmt.Println(n, ok)\n}\n",
			nil, []string{"BytesAs", "BytesMust"}},
		{"no type on []byte, left alone", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any\n\tb, ok := v.([]byte)\n\tfmt.Println(b, ok)\n}\n",
			nil, []string{"BytesAs", "BytesMust"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
