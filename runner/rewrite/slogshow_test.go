package rewrite_test

import "testing"

// The corpus programs slog-struct-fields and slog-struct-shown run the
// pass whole (runner/difftest).

// TestSlogShows checks which arguments pass slogshow hands slog as a
// stand-in: a value of a struct with unexported or embedded fields, or
// holding one, handed to slog's logging functions, a logger's methods and
// With; not values slog prints as Go, those that hold what the stand-in
// cannot print as Go, nor where the script could see the stand-in.
func TestSlogShows(t *testing.T) {
	const types = "type Peer struct {\n\thost string\n\tPort int\n}\n\ntype Pub struct{ Host string }\n\ntype Named struct{ host string }\n\nfunc (n Named) String() string { return n.host }\n\ntype Rate struct {\n\tname string\n\tPerSec float64\n}\n\ntype Hidden struct {\n\tname string\n\tperSec float64\n}\n\n"
	script := func(decls, body string) string {
		return "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\n" + types + decls + "func main() {\n\tl, p := slog.New(slog.NewTextHandler(os.Stdout, nil)), Peer{\"h\", 1}\n\t_, _ = l, p\n\t" + body + "\n}\n"
	}
	const show = ".SlogShow("
	for _, tt := range []struct {
		name, decls, body string
		want, not         []string
	}{
		{"slog.Info", "", `slog.Info("hi", "peer", p)`, []string{`slog.Info("hi", "peer", _sl2.SlogShow(p, _slT`}, nil},
		{"a pointer, a slice and a map", "", `l.Warn("hi", "ptr", &p, "s", []Peer{p}, "m", map[string]Peer{})`, []string{`_sl2.SlogShow(&p, _slT`, `_sl2.SlogShow([]Peer{p}, _slT`, `_sl2.SlogShow(map[string]Peer{}, _slT`}, nil},
		{"With and Log", "", `l.With("peer", p).Log(nil, slog.LevelInfo, "hi", "p", p)`, []string{`l.With("peer", _sl2.SlogShow(p, `, `"p", _sl2.SlogShow(p, `}, nil},
		{"exported fields", "", `slog.Info("hi", "pub", Pub{}, "n", 1)`, nil, []string{show}},
		{"a String method", "", `slog.Info("hi", "n", Named{})`, nil, []string{show}},
		{"a float encoding/json encodes", "", `slog.Info("hi", "r", Rate{})`, nil, []string{show}},
		{"a float encoding/json leaves out", "", `slog.Info("hi", "r", Hidden{})`, []string{show}, nil},
		{"an interface", "", `var v any = p; slog.Info("hi", "v", v, "vs", []any{p})`, nil, []string{show}},
		{"slog.Any keeps the value", "", `l.Info("hi", slog.Any("peer", p))`, nil, []string{show}},
		{"spread arguments", "", `args := []any{"peer", p}; slog.Info("hi", args...)`, nil, []string{show}},
		{"a ReplaceAttr of keys", "func drop(_ []string, a slog.Attr) slog.Attr {\n\tif a.Key == \"time\" {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}\n\nvar _ = &slog.HandlerOptions{ReplaceAttr: drop}\n\n", `slog.Info("hi", "peer", p)`, []string{show}, nil},
		{"a ReplaceAttr of kinds", "var _ = &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {\n\tif a.Value.Kind() == slog.KindAny {\n\t\ta = slog.String(a.Key, \"?\")\n\t}\n\treturn a\n}}\n\n", `slog.Info("hi", "peer", p)`, []string{show}, nil},
		{"a ReplaceAttr of values", "var _ = &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return slog.String(a.Key, a.Value.String()) }}\n\n", `slog.Info("hi", "peer", p)`, nil, []string{show}},
		{"a ReplaceAttr that hands the attribute on", "func keep(a slog.Attr) slog.Attr { return a }\n\nvar _ = &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return keep(a) }}\n\n", `slog.Info("hi", "peer", p)`, nil, []string{show}},
		{"a ReplaceAttr set later from a variable", "var replace func([]string, slog.Attr) slog.Attr\n\n", `var o slog.HandlerOptions; o.ReplaceAttr = replace; slog.Info("hi", "peer", p)`, nil, []string{show}},
		{"a handler of the script's", "type H struct{ slog.Handler }\n\n", `slog.Info("hi", "peer", p)`, nil, []string{show}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, script(tt.decls, tt.body), tt.want, tt.not) })
	}
}
