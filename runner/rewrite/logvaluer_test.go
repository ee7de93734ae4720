package rewrite_test

import "testing"

// The corpus programs slog-logvaluer and slog-logvaluer-handlers run the
// pass whole (runner/difftest): their handlers write to the process's own
// standard output, which this package's interpreter does not capture.

// TestLogValuers checks which arguments pass logvaluer hands slog as their
// LogValue method: a value or pointer of a script's type with the method,
// handed to slog's logging functions, a logger's methods and With; not
// other values, nor where slog keeps the value for the script to see.
func TestLogValuers(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"slog.Info", `slog.Info("hi", "peer", p)`, []string{`slog.Info("hi", "peer", _sl1.LogValuer((/*line :17:26*/p).LogValue)/*line :17:27*/)`}, nil},
		{"a pointer, to a logger's method", `l.Warn("hi", "peer", &p, "n", 1)`, []string{`_sl1.LogValuer((/*line :17:23*/&p).LogValue)/*line :17:25*/, "n", 1)`}, nil},
		{"With", `l.With("peer", p).Info("hi")`, []string{`l.With("peer", _sl1.LogValuer((`}, nil},
		{"Log with a level", `l.Log(nil, slog.LevelInfo, "hi", "peer", p)`, []string{`"peer", _sl1.LogValuer((`}, nil},
		{"other values", `slog.Info("hi", "n", 1, "plain", Plain{})`, nil, []string{".LogValuer("}},
		{"what LogValue returns", `slog.Info("hi", "peer", p.LogValue())`, nil, []string{"_sl1."}},
		{"slog.Any keeps the value", `_ = slog.Any("peer", p)`, nil, []string{"_sl1."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\ntype Peer struct{ host string }\n\nfunc (p Peer) LogValue() slog.Value { return slog.StringValue(p.host) }\n\ntype Plain struct{ n int }\n\nfunc main() {\n\tl, p := slog.New(slog.NewTextHandler(os.Stdout, nil)), Peer{\"h\"}\n\t_, _ = l, p\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
