// difftest: same
// A server logs each peer it accepts with log/slog, the peer a struct
// with unexported fields. Go's TextHandler prints {host:::1 port:80} and
// its JSONHandler {}; under socklab slog saw the interpreter's copy of the
// struct, with exported fields Xhost and Xport, and printed those, until
// socklab handed slog a stand-in that prints as Go.
package main

import (
	"fmt"
	"log/slog"
	"os"
)

// Peer is the other end of a connection.
type Peer struct {
	host string
	port int
}

// Addr is a peer's address with exported fields, which slog prints as Go
// does.
type Addr struct {
	Host string
	Port int
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
	opts := &slog.HandlerOptions{ReplaceAttr: noTime}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
		log := slog.New(h)
		p := Peer{"::1", 80}
		log.Info("accepted", "peer", p)
		// What to write instead: the value as fmt prints it, or its
		// fields as attributes of their own; a struct of exported fields
		// prints as in Go.
		log.Info("closed", slog.String("peer", fmt.Sprint(p)))
		log.Info("closed", slog.Group("peer", slog.String("host", p.host), slog.Int("port", p.port)))
		log.Info("closed", "addr", Addr{p.host, p.port}, "addrs", []Addr{{"127.0.0.1", 9000}})
	}
}
