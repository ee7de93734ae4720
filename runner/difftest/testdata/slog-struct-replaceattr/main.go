// difftest: refused a ReplaceAttr that reads an attribute's value would see socklab's stand-in for a struct with unexported fields, not the script's Peer
package main

// A ReplaceAttr function that looks at the values it is handed: Go hands
// it the Peer the program logs, which it asserts and rewrites. socklab
// hands slog a stand-in for a struct with unexported fields, which prints
// as Go's, but which such a function would see in the Peer's place, so it
// refuses the value here; where ReplaceAttr looks at keys alone, the
// stand-in is lifted (see slog-struct-shown).

import (
	"log/slog"
	"os"
)

type Peer struct {
	host string
	port int
}

func mask(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	if p, ok := a.Value.Any().(Peer); ok {
		return slog.Int(a.Key, p.port)
	}
	return a
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: mask}))
	log.Info("accepted", "peer", Peer{"::1", 80})
}
