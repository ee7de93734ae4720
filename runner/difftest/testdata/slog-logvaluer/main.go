// difftest: same
// A server logs each peer it accepts with log/slog, the peer's own
// LogValue method saying which attributes stand for it. Go calls LogValue
// when the handler resolves the value; the interpreter handed slog the
// value without the script's methods, and slog printed its fields, until
// pass logvaluer handed slog the method.
package main

import (
	"log/slog"
	"os"
)

// Peer is the other end of a connection.
type Peer struct {
	host string
	port int
}

// LogValue logs a peer as its host and port.
func (p Peer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("host", p.host), slog.Int("port", p.port))
}

// noTime drops the time from each record, so that the output is the same
// on every run.
func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	peers := []Peer{{"::1", 80}, {"127.0.0.1", 9000}}
	for i, p := range peers {
		log.Info("accepted", "n", i, "peer", p)
	}
	// What LogValue returns, and the attributes themselves, log the same.
	log.Info("closed", "peer", peers[0].LogValue())
	log.Info("closed", slog.Group("peer", slog.String("host", peers[1].host), slog.Int("port", peers[1].port)))
}
