package scripts_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// TestHintsMeetTheirMistakes hands in, for each of the assignments' most
// likely mistakes, a copy of the worked solution that makes it, and checks
// that the lesson's test fails with the hint its author wrote for it.
func TestHintsMeetTheirMistakes(t *testing.T) {
	tests := []struct {
		mistake  string
		lesson   string
		test     string
		file     string
		old, new string // the mistake, as an edit of the solution
		wantHint string
	}{{
		mistake:  "a message sent without its newline",
		lesson:   "10-high-low",
		test:     "game",
		file:     "server.go",
		old:      `conn.SendLine("GUESS")`,
		new:      `conn.SendString("GUESS")`,
		wantHint: `with a newline (conn.SendLine("GUESS"), not SendString)`,
	}, {
		mistake:  "the wrong port",
		lesson:   "10-high-low",
		test:     "game",
		file:     "server.go",
		old:      `sock.Listen("127.0.0.1:12345")`,
		new:      `sock.Listen("127.0.0.1:12346")`,
		wantHint: "does your server listen on exactly that address",
	}, {
		mistake:  "one receive taken for a whole file",
		lesson:   "15-upload",
		test:     "upload",
		file:     "server.go",
		old:      `contents, ok := conn.RecvUntil("\x00\x00")`,
		new:      `b := conn.Recv(1 << 20); contents, ok := strings.TrimSuffix(string(b), "\x00\x00"), len(b) > 0`,
		wantHint: "one receive returns only what has arrived so far",
	}, {
		mistake: "a connection never closed",
		lesson:  "15-upload",
		test:    "bad-names",
		file:    "server.go",
		old:     "ln.Serve(func(conn *sock.Conn) {",
		// Its own loop, which keeps every connection and closes none.
		new:      "var kept []*sock.Conn; for { conn, _ := ln.Accept(); kept = append(kept, conn); func(conn *sock.Conn) {",
		wantHint: "Does your server close each client's connection",
	}, {
		mistake:  "BYE in one case only",
		lesson:   "07-chat-bye",
		test:     "bye",
		file:     "server.go",
		old:      `strings.EqualFold(strings.TrimSpace(msg), "BYE")`,
		new:      `strings.TrimSpace(msg) == "BYE"`,
		wantHint: "the user typed Bye: BYE counts in any case",
	}}
	for _, tt := range tests {
		t.Run(tt.mistake, func(t *testing.T) {
			t.Parallel()
			lessons, err := lessontest.Find(tt.lesson)
			if err != nil {
				t.Fatal(err)
			}
			sub := t.TempDir()
			for _, f := range handedIn(t, tt.lesson) {
				data, err := os.ReadFile(filepath.Join(tt.lesson, f))
				if err != nil {
					t.Fatal(err)
				}
				src := string(data)
				if f == tt.file {
					if !strings.Contains(src, tt.old) {
						t.Fatalf("%s/%s no longer holds %q", tt.lesson, f, tt.old)
					}
					src = strings.Replace(src, tt.old, tt.new, 1)
					if tt.mistake == "a connection never closed" {
						src = closeLoop(t, src)
					}
				}
				if err := os.WriteFile(filepath.Join(sub, f), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			// A mistake that leaves a client waiting on a server that
			// waits for its next client meets the time limit.
			h, err := lessontest.New(lessontest.Options{Submission: sub, Timeout: 6 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			var test *lessontest.Test
			for _, x := range lessontest.Tests(lessons) {
				if x.Name == tt.test {
					test = &x
				}
			}
			if test == nil {
				t.Fatalf("%s has no test %s", tt.lesson, tt.test)
			}
			r := h.Run(*test)
			if r.Status != lessontest.Failed {
				t.Fatalf("the mistake passes %s/%s:\n%s", tt.lesson, tt.test, r.Output)
			}
			if !strings.Contains(r.Hint, tt.wantHint) {
				t.Errorf("hint %q, want one that says %q\n%s", r.Hint, tt.wantHint, r.Output)
			}
		})
	}
}

// handedIn returns the files a student hands in for a lesson: those of its
// starter/ folder.
func handedIn(t *testing.T, lesson string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(lesson, "starter"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	return files
}

// closeLoop ends the loop that replaced 15-upload's Serve: the handler's
// closing "})" becomes a call and the loop's end.
func closeLoop(t *testing.T, src string) string {
	t.Helper()
	i := strings.LastIndex(src, "\n\t})\n")
	if i < 0 {
		t.Fatal("15-upload/server.go: the end of Serve's handler moved")
	}
	return src[:i] + "\n\t}(conn) }\n" + src[i+len("\n\t})\n"):]
}
