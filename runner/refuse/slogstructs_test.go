package refuse_test

import "testing"

// slogStructScript is a script that declares Peer, with unexported
// fields, Named, with a String method, Outer, which embeds Inner, and
// Pub and Inner, whose fields are exported, with body after them.
func slogStructScript(body string) string { return slogStructSource(body, "") }

// slogSeenScript is slogStructScript with a ReplaceAttr that reads the
// values it is handed, on the same line as the rest, so that the stand-in
// of pass slogshow would be seen there and no value is lifted.
func slogSeenScript(body string) string {
	return slogStructSource(body, "; var _ = slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return slog.String(a.Key, a.Value.String()) }}")
}

func slogStructSource(body, seen string) string {
	return "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"log/slog\"\n\t\"os\"\n)\n\ntype Peer struct{ host string }\n\ntype Named struct{ Host string }\n\nfunc (n Named) String() string { return n.Host }\n\ntype Inner struct{ A int }\n\ntype Outer struct {\n\tInner\n\tB int\n}\n\ntype Pub struct {\n\tHost string\n\tIn   Inner\n}\n\ntype codeErr struct{ code int }\n\nfunc (e codeErr) Error() string { return \"code\" }\n\nvar l = slog.New(slog.NewTextHandler(os.Stdout, nil))\n\nvar _, _ = errors.New, fmt.Sprint" + seen + "\n\n" + body
}

// TestSlogStructs checks where a value slog prints otherwise under
// socklab than Go goes to slog as any.
//
// The rows marked lifted are values that pass slogshow hands slog as a
// stand-in that prints as Go, in a package that lets no one see it: they
// are refused only where a ReplaceAttr reads values.
func TestSlogStructs(t *testing.T) {
	for _, tt := range []struct {
		name, body, want string
		lifted           bool
	}{
		{"an argument of slog.Info", "func main() { slog.Info(\"hi\", \"peer\", Peer{}) }", "main.go:36:39: slog prints Peer{} with fmt's %+v (TextHandler) or encoding/json (JSONHandler), which under socklab see the interpreter's copy of Peer: its unexported field host", true},
		{"a logger's method", "func main() {\n\tp := Peer{}\n\tl.Warn(\"hi\", \"peer\", p)\n}", "main.go:38:23: slog prints p", true},
		{"a pointer", "func main() { l.Info(\"hi\", \"peer\", &Peer{}) }", "main.go:36:36: slog prints &Peer{}", true},
		{"a slice", "func main() { l.Info(\"hi\", \"peers\", []Peer{{}}) }", "main.go:36:37: slog prints []Peer{…}", true},
		{"a map", "func main() { l.Info(\"hi\", \"peers\", map[string]Peer{}) }", "main.go:36:37: slog prints map[string]Peer{}", true},
		{"a field of an exported struct", "type Hold struct{ P Peer }\n\nfunc main() { l.Info(\"hi\", \"h\", Hold{}) }", "main.go:38:33: slog prints Hold{}", true},
		{"an interface in a slice", "func main() { l.Info(\"hi\", \"vs\", []any{Peer{}}) }", "main.go:36:34: slog prints []any{…}", false},
		{"an interface field", "type Ev struct{ Who any }\n\nfunc main() { l.Info(\"hi\", \"ev\", Ev{}) }", "an interface in it may hold a", false},
		{"an anonymous struct", "func main() { l.Info(\"hi\", \"v\", struct{ A, b int }{1, 2}) }", "its unexported field b", true},
		{"a String method", "func main() { l.Info(\"hi\", \"n\", Named{}) }", "the interpreter hands slog Named without its method String", false},
		{"an embedded struct", "func main() { l.Info(\"hi\", \"o\", Outer{}) }", "its embedded field Inner", true},
		{"an error's concrete value", "func main() { l.Info(\"hi\", \"e\", codeErr{}) }", "without its method Error", false},
		{"slog.Any", "func main() { l.Info(\"hi\", slog.Any(\"peer\", Peer{})) }", "main.go:36:45: slog prints Peer{}", false},
		{"slog.AnyValue", "func main() { _ = slog.AnyValue(Peer{}) }", "main.go:36:33: slog prints", false},
		{"slog.Group's arguments", "func main() { l.Info(\"hi\", slog.Group(\"g\", \"peer\", Peer{})) }", "main.go:36:52: slog prints", false},
		{"With", "func main() { l.With(\"peer\", Peer{}).Info(\"hi\") }", "main.go:36:30: slog prints", true},
		{"Log with a level", "func main() { l.Log(nil, slog.LevelInfo, \"hi\", \"peer\", Peer{}) }", "main.go:36:56: slog prints", true},
		{"Record.Add", "func main() {\n\tvar rec slog.Record\n\trec.Add(\"peer\", Peer{})\n}", "main.go:38:18: slog prints", false},
		{"an interface that may hold one", "func main() {\n\tvar v any = Peer{}\n\tslog.Info(\"hi\", \"v\", v)\n}", "main.go:38:23: v may hold a", false},
		{"a Stringer that may hold one", "func main() {\n\tvar v fmt.Stringer = Named{}\n\tslog.Info(\"hi\", \"v\", v)\n}", "main.go:38:23: v may hold a", false},
		{"arguments spread", "func main() {\n\targs := []any{\"peer\", Peer{}}\n\tslog.Info(\"hi\", args...)\n}", "main.go:38:18: args's elements may hold a", false},
		{"a type parameter", "func logIt[T any](v T) { slog.Info(\"hi\", \"v\", v) }\n\nfunc main() { logIt(Peer{}) }", "main.go:36:47: v may hold a", false},
		{"taken as a value", "func main() {\n\tinfo := l.Info\n\tinfo(\"hi\")\n}", "main.go:37:10: l.Info taken as a value may be handed a value of", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.lifted {
				hasRefusal(t, checkSource(t, slogStructScript(tt.body)), tt.want)
				return
			}
			hasRefusal(t, checkSource(t, slogSeenScript(tt.body)), tt.want)
			for _, got := range checkSource(t, slogStructScript(tt.body)) {
				t.Errorf("refused, where pass slogshow lifts it: %s", got)
			}
		})
	}
}

// TestSlogStructsAccepted lists what slog prints as Go prints it.
func TestSlogStructsAccepted(t *testing.T) {
	for _, tt := range []struct{ name, src string }{
		{"exported fields and what to write instead", slogStructScript("func main() {\n\tp := Peer{}\n\tl.Info(\"hi\", \"pub\", Pub{}, \"pubs\", []*Pub{{}}, \"peer\", slog.String(\"peer\", fmt.Sprint(p)), slog.String(\"host\", p.host), \"n\", Named{}.String())\n}")},
		{"an error through its interface", slogStructScript("func main() {\n\tvar err error = codeErr{}\n\tl.Error(\"failed\", \"err\", err, \"e\", errors.New(\"x\"))\n}")},
		{"library values", slogStructScript("func main() { l.Info(\"hi\", \"f\", os.Stdout, \"n\", 1) }")},
		{"nothing misprinted declared", "package main\n\nimport \"log/slog\"\n\ntype Pub struct{ Host string }\n\nfunc main() {\n\tvar v any = Pub{\"h\"}\n\tinfo := slog.Info\n\tinfo(\"hi\", \"v\", v)\n}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, got := range checkSource(t, tt.src) {
				t.Errorf("refused: %s", got)
			}
		})
	}
}
