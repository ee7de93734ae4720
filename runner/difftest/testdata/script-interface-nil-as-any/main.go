// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Handler answers one command of a line protocol.
type Handler interface {
	Handle(arg string) string
}

type echo struct{}
type upper struct{ calls int }

func (echo) Handle(arg string) string     { return arg }
func (u *upper) Handle(arg string) string { u.calls++; return strings.ToUpper(arg) }

var handlers = map[string]Handler{"ECHO": echo{}, "UPPER": &upper{}}

// field describes one value of a log line, as a logging helper that takes
// anything would.
func field(v any) string {
	switch v := v.(type) {
	case nil:
		return "-"
	case string:
		return fmt.Sprintf("%q", v)
	case echo:
		return "echo"
	case *upper:
		return fmt.Sprintf("upper(%d)", v.calls)
	default:
		return fmt.Sprintf("%v", v)
	}
}

func logLine(vals ...any) {
	parts := make([]string, 0, len(vals))
	for _, v := range vals {
		parts = append(parts, field(v))
	}
	fmt.Println(strings.Join(parts, " | "))
}

func lookup(cmd string) (h Handler) {
	h = handlers[cmd]
	return
}

func main() {
	var seen []any
	for _, line := range []string{"ECHO hi", "UPPER there", "QUIT now", "UPPER again"} {
		cmd, arg, _ := strings.Cut(line, " ")
		h := lookup(cmd)
		seen = append(seen, h)
		if h == nil {
			logLine(cmd, h, "unknown command")
			continue
		}
		logLine(cmd, h, h.Handle(arg))
	}
	for i, v := range seen {
		_, isEcho := v.(echo)
		fmt.Println(i, isEcho, v == nil, field(v))
	}
	var missing Handler
	report := map[string]any{"handler": missing, "count": len(seen)}
	b, err := json.Marshal(report)
	fmt.Println(string(b), err)
	box := struct{ Last any }{Last: handlers["NONE"]}
	fmt.Println(field(box.Last))
}
