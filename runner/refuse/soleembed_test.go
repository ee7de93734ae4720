package refuse_test

import (
	"strings"
	"testing"
)

// soleHead starts each soleEmbedded case: a main.go that declares
// upper, whose only field embeds io.Writer and whose Write shadows it;
// main follows on line 16.
const soleHead = "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"sort\"\n)\n\ntype upper struct{ io.Writer }\n\nfunc (u *upper) Write(p []byte) (int, error) { return u.Writer.Write(bytes.ToUpper(p)) }\n\nvar _, _, _ = fmt.Sprint, os.Stdout, sort.Ints\n"

// TestRefusesSoleEmbedded lists a pointer to upper stored as an
// interface: the interpreter calls the embedded Writer's Write.
func TestRefusesSoleEmbedded(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a variable handed to fmt.Fprintln", "\nfunc main() {\n\tu := &upper{os.Stdout}\n\tfmt.Fprintln(u, \"x\")\n}", "main.go:19:15: the interpreter calls io.Writer's Write on the io.Writer it embeds, not upper's own Write, once a *upper is stored as io.Writer"},
		{"a literal assigned to an io.Writer", "\nfunc main() {\n\tvar w io.Writer = &upper{os.Stdout}\n\t_ = w\n}", "main.go:18:20: the interpreter calls io.Writer's Write"},
		{"a result of a function", "\nfunc open() io.Writer { return &upper{os.Stdout} }\n\nfunc main() { _ = open() }", "main.go:17:32: the interpreter calls io.Writer's Write"},
		{"an argument of io.Copy", "\nfunc main() {\n\tio.Copy(&upper{os.Stdout}, bytes.NewBufferString(\"x\"))\n}", "main.go:18:10: the interpreter calls io.Writer's Write"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, soleHead+tt.body), tt.want)
		})
	}
}

// TestAcceptsSoleEmbedded lists what the interpreter calls on the
// struct's own method.
func TestAcceptsSoleEmbedded(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"the struct's method called on the pointer", "\nfunc main() {\n\tu := &upper{os.Stdout}\n\tu.Write([]byte(\"x\"))\n}"},
		{"a second field", "\ntype counted struct {\n\tio.Writer\n\tn int\n}\n\nfunc (c *counted) Write(p []byte) (int, error) { c.n++; return c.Writer.Write(p) }\n\nfunc main() {\n\tfmt.Fprintln(&counted{os.Stdout, 0}, \"x\")\n}"},
		{"a named field", "\ntype named struct{ W io.Writer }\n\nfunc (n *named) Write(p []byte) (int, error) { return n.W.Write(p) }\n\nfunc main() {\n\tfmt.Fprintln(&named{os.Stdout}, \"x\")\n}"},
		{"no method of its own", "\ntype plain struct{ io.Writer }\n\nfunc main() {\n\tfmt.Fprintln(&plain{os.Stdout}, \"x\")\n}"},
		{"a sole sort.Interface with its own Less", "\ntype rev struct{ sort.Interface }\n\nfunc (r *rev) Less(i, j int) bool { return r.Interface.Less(j, i) }\n\nfunc main() {\n\tsort.Sort(&rev{sort.IntSlice{1, 2}})\n}"},
		{"an interface of the script", "\ntype Sayer interface{ Say() string }\n\ntype wrap struct{ Sayer }\n\nfunc (w *wrap) Say() string { return \"wrap\" }\n\ntype base struct{}\n\nfunc (base) Say() string { return \"base\" }\n\nfunc main() {\n\tvar s Sayer = &wrap{base{}}\n\tfmt.Println(s.Say())\n}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkSource(t, soleHead+tt.body); len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
