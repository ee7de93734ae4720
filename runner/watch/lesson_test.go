package watch_test

import (
	"path/filepath"
	"strings"
	"testing"
)

const shouter = `//go:build ignore

package main

import (
	"strings"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	for {
		conn, _ := ln.Accept()
		if line, ok := conn.RecvLine(); ok {
			conn.SendLine(strings.ToUpper(line))
		}
		conn.Close()
	}
}
`

// talker asks for a line, sends it and prints the answer after label.
func talker(label string) string {
	return `//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	msg := console.Input("Say: ")
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()
	conn.SendLine(msg)
	answer, _ := conn.RecvLine()
	fmt.Println("` + label + `", answer)
}
`
}

// Watching a lesson folder runs its server and client; typed lines reach
// the client; saving the client runs the lesson again.
func TestWatchLesson(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": shouter, "client.go": talker("heard")})
	s := startWatch(t, dir)
	s.waitLog(`\[watch\] v1 started .* \(watching `)
	s.typeLine("hello")
	s.waitLog(`(?m)^client \| Say: heard HELLO$`)
	s.waitLog(`\[watch\] v1 ended `)

	saveByRename(t, filepath.Join(dir, "client.go"), talker("got back"))
	s.waitLog(`\[watch\] v2 started .* \(client\.go changed\)`)
	s.typeLine("again")
	s.waitLog(`(?m)^client \| Say: got back AGAIN$`)

	// A package of the lesson, in a folder below, counts as the lesson's.
	writeFile(t, filepath.Join(dir, "game", "rules.go"), "package game\n")
	s.waitLog(`\[watch\] v3 started .* \(game/rules\.go changed\)`)
	s.typeLine("third")
	s.waitLog(`(?m)^client \| Say: got back THIRD$`)
	if strings.Contains(s.log.String(), "v4") {
		t.Errorf("an extra version started:\n%s", s.log)
	}
}
