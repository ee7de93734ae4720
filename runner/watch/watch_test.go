package watch_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// saves are the ways editors write a file.
var saves = []struct {
	name string
	save func(t testing.TB, path, content string)
}{
	{"in place", writeFile},
	{"by rename", saveByRename},
	{"vim style", saveVimStyle},
}

// saveByRename writes a temporary file and renames it over path, as VS
// Code's and JetBrains' safe writes do.
func saveByRename(t testing.TB, path, content string) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	writeFile(t, tmp, content)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// saveVimStyle saves as vim does with its default backup settings: probe
// the folder with a file named 4913, move the file to a backup, write the
// new file, remove the backup.
func saveVimStyle(t testing.TB, path, content string) {
	t.Helper()
	dir := filepath.Dir(path)
	writeFile(t, filepath.Join(dir, "4913"), "")
	os.Remove(filepath.Join(dir, "4913"))
	backup := path + "~"
	if err := os.Rename(path, backup); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, content)
	os.Remove(backup)
}

func TestSaveRunsNewVersion(t *testing.T) {
	for _, sv := range saves {
		t.Run(sv.name, func(t *testing.T) {
			t.Parallel()
			dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
			s := startWatch(t, filepath.Join(dir, "server.go"))
			first := s.reply("one")
			s.waitLog(`\[watch\] v1 started \d\d:\d\d:\d\d \(watching .*server\.go`)

			sv.save(t, filepath.Join(dir, "server.go"), serverSource("two"))
			if second := s.reply("two"); second == first {
				t.Errorf("the new version answered from the old process %d", first)
			}
			s.waitLog(`\[watch\] v2 started \d\d:\d\d:\d\d \(server\.go changed\)`)

			sv.save(t, filepath.Join(dir, "server.go"), serverSource("three"))
			s.reply("three")
			s.waitLog(`\[watch\] v3 started .* \(server\.go changed\)`)
		})
	}
}

// Saves that change nothing, and editors' own files, start no version: the
// next real change is version 2.
func TestUnchangedSavesAndEditorFilesIgnored(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	server := filepath.Join(dir, "server.go")
	s := startWatch(t, server)
	s.reply("one")

	writeFile(t, server, serverSource("one"))
	saveByRename(t, server, serverSource("one"))
	for _, name := range []string{".server.go.swp", ".server.go.swx", "server.go~", "4913", ".#server.go", "server.go.tmp", "server.go___jb_tmp___"} {
		writeFile(t, filepath.Join(dir, name), serverSource("editor"))
	}
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a program")

	writeFile(t, server, serverSource("two"))
	s.reply("two")
	m := s.waitLog(`\[watch\] (v\d+) started .* \(server\.go changed\)`)
	if m[1] != "v2" {
		t.Errorf("the first real change started %s, want v2; watch printed:\n%s", m[1], s.log)
	}
}

func TestCompileErrorWaitsForFix(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	server := filepath.Join(dir, "server.go")
	s := startWatch(t, server)
	s.reply("one")

	broken := strings.Replace(serverSource("two"), "defer ln.Close()", "defer ln.Close(", 1)
	writeFile(t, server, broken)
	s.waitLog(`server\.go:\d+:\d+: `)
	s.waitLog(`\[watch\] v2 ended .* with exit status 1`)

	saveByRename(t, server, serverSource("fixed"))
	s.reply("fixed")
	s.waitLog(`\[watch\] v3 started .* \(server\.go changed\)`)
	if strings.Contains(s.log.String(), "goroutine ") {
		t.Errorf("watch showed a Go stack trace:\n%s", s.log)
	}
}

func TestEnterReruns(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	first := s.reply("one")

	s.typeLine("")
	s.waitLog(`\[watch\] v2 started .* \(Enter pressed\)`)
	var second int
	for second = s.reply("one"); second == first; second = s.reply("one") {
	}
	s.typeLine("  ")
	s.waitLog(`\[watch\] v3 started .* \(Enter pressed\)`)
}

// Ctrl-R reruns at once, whatever the program reads; text typed before it
// on the same line is not sent.
func TestRerunKey(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	first := s.reply("one")
	if _, err := s.stdin.WriteString("oops\x12"); err != nil {
		t.Fatal(err)
	}
	s.waitLog(`\[watch\] "oops" was not sent: Ctrl-R reruns at once`)
	s.waitLog(`\[watch\] v2 started .* \(Ctrl-R pressed\)`)
	for s.reply("one") == first {
	}
}

// chatSource is a server that, like a chat, reads the keyboard: it prints
// each line it is given, brackets around it, so that an empty one shows.
const chatSource = `//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	for {
		fmt.Printf("got [%s]\n", console.Input("Input message: "))
	}
}
`

// Under watch, Enter reaches a program that reads the keyboard as an empty
// answer: it does not rerun it. Ctrl-R still does.
func TestEnterReachesAProgramThatReadsTheKeyboard(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": chatSource})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	s.waitLog(`Input message: `)
	s.typeLine("hello")
	s.waitLog(`got \[hello\]`)
	s.typeLine("")
	s.waitLog(`got \[\]`)
	if strings.Contains(s.log.String(), "v2 started") {
		t.Fatalf("Enter reran a program that reads the keyboard:\n%s", s.log)
	}
	s.stdin.WriteString("\x12")
	s.waitLog(`\[watch\] v2 started .* \(Ctrl-R pressed\)`)
	s.typeLine("again")
	s.waitLog(`got \[again\]`)
}

// At the end of its input, watch goes on until a signal.
func TestEndOfInputKeepsWatching(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	s.stdin.Close()
	s.reply("one")

	writeFile(t, filepath.Join(dir, "server.go"), serverSource("two"))
	s.reply("two")
	if code := s.signal(syscall.SIGTERM); code != 128+int(syscall.SIGTERM) {
		t.Errorf("exit status %d after SIGTERM, want %d", code, 128+int(syscall.SIGTERM))
	}
	s.portFree()
}

func TestInterruptStopsEverything(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	s.reply("one")
	writeFile(t, filepath.Join(dir, "server.go"), serverSource("two"))
	s.reply("two")

	if code := s.signal(syscall.SIGINT); code != 130 {
		t.Errorf("exit status %d after Ctrl-C, want 130", code)
	}
	if pids := s.leftovers(); len(pids) > 0 {
		t.Errorf("processes left behind: %v", pids)
	}
	s.portFree()
	s.waitLog(`\[watch\] stopped`)
}

// Many saves in a row: each new server binds the port the old one held.
func TestRestartsNeverFindAddressInUse(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("v0")})
	server := filepath.Join(dir, "server.go")
	s := startWatch(t, server)
	s.reply("v0")
	for i := 1; i <= 15; i++ {
		v := "v" + string(rune('a'+i))
		saveByRename(t, server, serverSource(v))
		s.reply(v)
	}
	// The session's cleanup fails the test on "address already in use".
}

// In a terminal, Ctrl-R reruns at once (the terminal delivers it without
// waiting for Enter), Enter reruns a program that does not read the
// keyboard, Ctrl-C (sent by the terminal to watch's process group only)
// stops everything, and the terminal's settings are put back.
func TestTerminal(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": serverSource("one")})
	s := newSession(t, filepath.Join(dir, "server.go"))
	tty, err := pty.Start(s.cmd)
	if err != nil {
		t.Fatalf("starting watch in a terminal: %v", err)
	}
	defer tty.Close()
	go copyTo(s.log, tty)
	go func() {
		s.cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(s.cleanup)

	s.reply("one")
	s.waitLog(`press Ctrl-R to rerun`)
	before, err := termios(tty)
	if err != nil {
		t.Fatal(err)
	}
	tty.WriteString("\x12") // Ctrl-R, and no Enter
	s.waitLog(`\[watch\] v2 started .* \(Ctrl-R pressed\)`)
	s.reply("one")
	tty.WriteString("\r")
	s.waitLog(`\[watch\] v3 started .* \(Enter pressed\)`)
	s.reply("one")

	tty.WriteString("\x03") // Ctrl-C
	if code := s.waitExit(); code != 130 {
		t.Errorf("exit status %d after Ctrl-C, want 130; watch printed:\n%s", code, s.log)
	}
	if pids := s.leftovers(); len(pids) > 0 {
		t.Errorf("processes left behind: %v", pids)
	}
	s.portFree()
	after, err := termios(tty)
	if err != nil {
		t.Fatal(err)
	}
	if before.Cc[unix.VEOL] != '\x12' {
		t.Errorf("while watch ran, the terminal's end-of-line key was %#x, want Ctrl-R", before.Cc[unix.VEOL])
	}
	if after.Cc[unix.VEOL] == '\x12' || after.Cc[unix.VREPRINT] != '\x12' {
		t.Errorf("watch left the terminal's settings changed: VEOL %#x, VREPRINT %#x", after.Cc[unix.VEOL], after.Cc[unix.VREPRINT])
	}
}

func copyTo(b *buffer, f *os.File) {
	buf := make([]byte, 4096)
	for {
		n, err := f.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return
		}
	}
}

// embeddingServer is a server whose answer is the file it embeds: a
// change to that file, which go build would embed anew, starts a new
// version.
const embeddingServer = `//go:build ignore

package main

import (
	"embed"
	"fmt"
	"os"
	"strings"

	"github.com/socklab/socklab/stdlib/sock"
)

//go:embed pages
var pages embed.FS

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	for {
		conn, _ := ln.Accept()
		page, _ := pages.ReadFile("pages/version.txt")
		conn.SendLine(fmt.Sprintf("%s %d", strings.TrimSpace(string(page)), os.Getpid()))
		conn.Close()
	}
}
`

func TestEmbeddedFileChangeRunsNewVersion(t *testing.T) {
	t.Parallel()
	dir := lessonDir(t, map[string]string{"server.go": embeddingServer, "pages/version.txt": "one\n", "notes.txt": "not embedded"})
	s := startWatch(t, filepath.Join(dir, "server.go"))
	first := s.reply("one")

	writeFile(t, filepath.Join(dir, "notes.txt"), "still not embedded")
	writeFile(t, filepath.Join(dir, "pages", ".version.txt.swp"), "an editor's")
	saveByRename(t, filepath.Join(dir, "pages", "version.txt"), "two\n")
	if second := s.reply("two"); second == first {
		t.Errorf("the new version answered from the old process %d", first)
	}
	m := s.waitLog(`\[watch\] (v\d+) started .* \((.*) changed\)`)
	if m[1] != "v2" || m[2] != "pages/version.txt" {
		t.Errorf("the change to the embedded file started %s for %q, want v2 for pages/version.txt; watch printed:\n%s", m[1], m[2], s.log)
	}
}
