// difftest: same
package main

// A server logs its peers and sessions with log/slog: structs with
// unexported fields, an embedded struct, pointers, slices and maps of
// them, through a TextHandler, a JSONHandler, a logger's With, Log and
// the default logger. Go's TextHandler prints them with fmt's %+v and its
// JSONHandler with encoding/json (which leaves unexported fields out and
// promotes embedded ones); so does socklab.

import (
	"context"
	"log"
	"log/slog"
	"os"
)

type addr struct {
	Host string
	port int
}

// Peer is the other end of a connection.
type Peer struct {
	addr
	Name  string `json:"name"`
	token string
}

// Session is what the server keeps of a peer.
type Session struct {
	ID    int
	Peer  Peer
	Tags  []string
	hits  map[string]int
	Notes string `json:"notes,omitempty"`
}

// level is a level of the script's own, without methods.
type level int

type Stats struct {
	Level level
	count uint
}

// quiet drops the time from each record and renames the message key,
// looking at an attribute's key and kind only.
func quiet(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Value.Kind() == slog.KindAny && a.Key == "skip" {
		a = slog.String("skip", "skipped")
	}
	return a
}

func main() {
	p := &Peer{addr{"::1", 80}, "ann", "s3cret"}
	s := Session{ID: 7, Peer: *p, Tags: []string{"a b", "<c>"}, hits: map[string]int{"x": 1}}
	var none *Peer
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: quiet}))
	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	for _, l := range []*slog.Logger{text, js} {
		l.Info("accepted", "peer", *p, "ptr", p, "none", none)
		l.Warn("session", "s", s, "sessions", []Session{s}, "byName", map[string]Peer{"ann": *p})
		l.With("peer", *p).Error("closed", "stats", Stats{3, 9}, "skip", Stats{})
		l.Log(context.Background(), slog.LevelInfo, "logged", "addr", p.addr)
		l.DebugContext(context.Background(), "not shown", "peer", *p)
		l.InfoContext(context.Background(), "ctx", "peer", *p, *p)
	}
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	slog.Info("default", "peer", *p, "stats", Stats{1, 2})
	slog.Default().With("s", s).Warn("with")
}
