package rewrite_test

import (
	"reflect"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
)

func init() {
	programs = append(programs,
		fromCorpus("ifassert-timeout", "timeout-interface-literal"),
		fromCorpus("ifassert-errors-as", "errors-as-script-interface"),
		fromCorpus("ifassert-typeswitch", "typeswitch-script-interface"),
		fromCorpus("ifassert-nil", "assert-script-interface-nil"),
	)
}

// TestIfAsserts checks which assertions to an interface the script
// declares pass ifassert writes with lift's interface of the same
// methods: those whose value is only a receiver of its methods.
func TestIfAsserts(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"comma-ok, a literal", "te, ok := err.(interface{ Timeout() bool })\n\tfmt.Println(ok && te.Timeout())", []string{"_ia.(_sl1.Timeouter)", "}(/*line :10:12*/err)/*line :10:45*/"}, nil},
		{"one value, named", "fmt.Println(err.(temporary).Temporary())", []string{"_ia.(_sl1.Temporary)", `_sl1.AssertionError(_ia, "main.temporary", "Temporary func() bool")`}, nil},
		{"errors.As", "var t temporary\n\tfmt.Println(errors.As(err, &t) && t.Temporary())", []string{"_sl1.ErrorsAsFunc/*line :11:23*/(err, &t, func(e error) bool {"}, nil},
		{"compared with nil, in a loop: no zero value set after it (pass commaok)", "for range 2 {\n\t\tte, ok := err.(interface{ Timeout() bool })\n\t\tfmt.Println(ok, te != nil, nil == te)\n\t}", []string{"_ia.(_sl1.Timeouter)"}, []string{"*new("}},
		{"named results (the book's writeString)", "type stringWriter interface {\n\t\tWriteString(string) (n int, err error)\n\t}\n\tvar w any\n\tif sw, ok := w.(stringWriter); ok {\n\t\tfmt.Println(sw.WriteString(\"x\"))\n\t}\n\t_ = err", []string{"_ia.(_sl1.StringWriter)"}, nil},
		{"a value that goes on", "te, ok := err.(interface{ Timeout() bool })\n\tfmt.Println(ok, te)", nil, []string{"_sl1.Timeouter"}},
		{"methods lift has no interface of", "te, ok := err.(interface{ Handle(int) bool })\n\tfmt.Println(ok && te.Handle(1))", nil, []string{"_ia"}},
		{"an interface of Go's library", "te, ok := err.(net.Error)\n\tfmt.Println(ok && te.Timeout())", nil, []string{"_ia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc run(err error) {\n\t" + tt.body + "\n}\n\ntype temporary interface{ Temporary() bool }\n\nfunc main() { run(nil); _ = errors.New; _ = net.IPv4len }\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestAssertionError checks Go's messages of a failed assertion.
func TestAssertionError(t *testing.T) {
	tests := []struct {
		x       any
		methods []string
		want    string
	}{
		{nil, []string{"Foo func()"}, "interface conversion: interface is nil, not main.I"},
		{reflect.TypeOf(0), []string{"Zed func()", "Align func() int"}, "interface conversion: *reflect.rtype is not main.I: missing method Zed"},
		{reflect.TypeOf(0), []string{"Align func() string"}, "interface conversion: *reflect.rtype is not main.I: missing method Align"},
		{reflect.TypeOf(0), []string{"Align func() int"}, ""},
	}
	for _, tt := range tests {
		if got := liftpkg.AssertionError(tt.x, "main.I", tt.methods...); got != tt.want {
			t.Errorf("AssertionError(%T, %q) = %q, want %q", tt.x, tt.methods, got, tt.want)
		}
	}
}
