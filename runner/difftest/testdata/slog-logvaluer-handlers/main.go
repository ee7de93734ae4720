// difftest: same
// A chat server logs its connections with log/slog through both of slog's
// handlers: each type says by its LogValue method what stands for it (a
// value method, a pointer method, a named string that hides itself), and
// a logger made With a connection carries it into every record.
package main

import (
	"context"
	"log/slog"
	"os"
)

// Addr is a peer's address.
type Addr struct {
	host string
	port int
}

// LogValue logs an address as its host and port.
func (a Addr) LogValue() slog.Value {
	return slog.GroupValue(slog.String("host", a.host), slog.Int("port", a.port))
}

// Conn is one client's connection.
type Conn struct {
	id   int
	addr Addr
	sent int
}

// LogValue logs a connection by its number, its peer and what it sent so far.
func (c *Conn) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", c.id), slog.Attr{Key: "peer", Value: c.addr.LogValue()}, slog.Int("sent", c.sent))
}

// Password never shows in a log.
type Password string

// LogValue hides the password.
func (Password) LogValue() slog.Value { return slog.StringValue("REDACTED") }

// noTime drops the time from each record, so that the output is the same
// on every run.
func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	opts := &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
		log := slog.New(h)
		c := &Conn{id: 1, addr: Addr{"127.0.0.1", 50022}}
		log.Info("accepted", "conn", c, "from", c.addr)
		cl := log.With("conn", c) // resolved here: sent is 0 in every record of cl
		c.sent = 12
		cl.Info("message", "bytes", 12)
		log.Debug("login", "user", "ada", "password", Password("s3cret"))
		log.Log(context.Background(), slog.LevelWarn, "slow", "conn", c)
		log.WarnContext(context.Background(), "closing", "peer", c.addr, "pw", Password("x"))
		a := c.addr
		log.Error("closed", "peer", a, "n", 1)
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, opts)))
	slog.Info("default", "peer", Addr{"::1", 80}, "password", Password("p"))
	slog.With("peer", Addr{"::1", 81}).Warn("with")
}
