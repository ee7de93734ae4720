package refuse_test

import "testing"

// slogScript is a script that declares Peer, whose LogValue method makes
// it a slog.LogValuer, and Plain, which is none, with body after them.
func slogScript(body string) string {
	return "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\ntype Peer struct{ host string }\n\nfunc (p Peer) LogValue() slog.Value { return slog.StringValue(p.host) }\n\ntype Plain struct{ n int }\n\nvar l = slog.New(slog.NewTextHandler(os.Stdout, nil))\n\n" + body
}

// TestLogValuers checks where a value of a script's LogValuer goes to
// slog as any, and that what to write instead is not refused.
func TestLogValuers(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"slog.Any", "func main() { l.Info(\"hi\", slog.Any(\"peer\", Peer{})) }", "main.go:16:45: slog does not see"},
		{"slog.AnyValue of a pointer", "func main() { _ = slog.AnyValue(&Peer{}) }", "main.go:16:33: slog does not see the LogValue method of *Peer"},
		{"slog.Group's arguments", "func main() { l.Info(\"hi\", slog.Group(\"g\", \"peer\", Peer{})) }", "main.go:16:52: slog does not see"},
		{"an interface that may hold one", "func main() {\n\tvar v any = Peer{}\n\tslog.Info(\"hi\", \"v\", v)\n}", "main.go:18:23: v may hold a Peer"},
		{"arguments spread", "func main() {\n\targs := []any{\"peer\", Peer{}}\n\tslog.Info(\"hi\", args...)\n}", "main.go:18:18: args may hold a Peer"},
		{"taken as a value", "func main() {\n\tinfo := l.Info\n\tinfo(\"hi\")\n}", "main.go:17:10: l.Info taken as a value may be handed a value of Peer"},
		{"a type parameter", "func logIt[T any](v T) { slog.Info(\"hi\", \"v\", v) }\n\nfunc main() { logIt(Peer{}) }", "main.go:16:47: v may hold a Peer"},
		// A handler the script declares would see pass logvaluer's
		// stand-in for the value in each record.
		{"with a handler of the script's own", "type H struct{ slog.Handler }\n\nfunc main() { slog.New(H{l.Handler()}).Info(\"hi\", \"peer\", Peer{}) }", "main.go:18:59: slog does not see the LogValue method of Peer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, slogScript(tt.body)), tt.want)
		})
	}
}

// TestLogValuersAccepted lists what slog is handed as Go hands it.
func TestLogValuersAccepted(t *testing.T) {
	for _, tt := range []struct{ name, src string }{
		// Pass logvaluer hands slog the value's LogValue method.
		{"an argument of slog.Info", slogScript("func main() { slog.Info(\"hi\", \"peer\", Peer{}) }")},
		{"an argument of a logger's method", slogScript("func main() {\n\tp := Peer{}\n\tl.Warn(\"hi\", \"peer\", &p)\n}")},
		{"With", slogScript("func main() { l.With(\"peer\", Peer{}).Info(\"hi\") }")},
		{"Log with a level", slogScript("func main() { l.Log(nil, slog.LevelInfo, \"hi\", \"peer\", Peer{}) }")},
		{"what LogValue returns", slogScript("func main() {\n\tp := Peer{}\n\tl.Info(\"hi\", \"peer\", p.LogValue(), slog.Any(\"p\", p.LogValue()), slog.Group(\"g\", slog.String(\"host\", p.host)))\n}")},
		{"other values", slogScript("func main() {\n\tvar err error\n\tl.Info(\"hi\", \"n\", 1, \"err\", err)\n\t_, _ = Peer{}, Plain{2}\n}")},
		{"no LogValuer declared", "package main\n\nimport \"log/slog\"\n\ntype Plain struct{ N int }\n\nfunc main() {\n\tvar v any = Plain{1}\n\tinfo := slog.Info\n\tinfo(\"hi\", \"v\", v)\n}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, got := range checkSource(t, tt.src) {
				t.Errorf("refused: %s", got)
			}
		})
	}
}
