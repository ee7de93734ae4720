package refuse_test

import "testing"

// TestSelfFuncTables checks that a table of functions held in a field of
// the struct their parameters take is refused where the package uses the
// field, and that a field of function type itself, functions that only
// return the struct, a table of a struct that holds the function, and a
// table never used are not.
func TestSelfFuncTables(t *testing.T) {
	script := func(decls, body string) string {
		return "package main\n\n" + decls + "\n\nfunc main() {\n\t" + body + "\n}\n"
	}
	src := script("type server struct {\n\tn        int\n\thandlers map[string]func(*server, []string) string\n}",
		"s := &server{}\n\ts.handlers = map[string]func(*server, []string) string{}\n\t_ = s.handlers[\"x\"]")
	hasRefusal(t, checkSource(t, src), "main.go:5:11: the interpreter builds the type of the functions that handlers holds, func(*server, []string) string, before server itself, whose type their parameters hold, so storing or calling one panics: keep the table outside the struct (a package-level variable of type map[string]func(*server, []string) string), or store functions that take no server (method values: s.hello)")
	other := script("type Router struct{ routes []func(*Server) }\n\ntype Server struct{ r *Router }",
		"r := &Router{}\n\tr.routes = append(r.routes, func(*Server) {})")
	hasRefusal(t, checkSource(t, other), "main.go:3:28: the interpreter builds the type of the functions that routes holds, func(*Server), before Router itself")
	named := script("type handler func(T) int\n\ntype T struct{ hs [2]handler }", "t := T{}\n\t_ = t.hs[0]")
	hasRefusal(t, checkSource(t, named), "main.go:5:19: the interpreter builds the type of the functions that hs holds, func(T) int, before T itself")
	for _, src := range []string{
		script("type T struct {\n\tn int\n\tf func(*T) int\n}", "t := &T{f: func(t *T) int { return t.n }}\n\t_ = t.f(t)"),
		script("type T struct{ makers map[string]func() *T }", "t := T{makers: map[string]func() *T{}}\n\t_ = t.makers"),
		script("type Cmd struct{ run func(*T) }\n\ntype T struct{ cmds map[string]Cmd }", "t := T{cmds: map[string]Cmd{}}\n\t_ = t.cmds"),
		script("type T struct {\n\tn  int\n\tfs map[string]func(*T)\n}", "t := T{n: 1}\n\t_ = t.n"),
		script("type T struct{ fs map[string]func([]string) string }", "t := T{}\n\t_ = t.fs"),
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}
