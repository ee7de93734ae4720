package lesson_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/creack/pty"
)

// In a terminal, the client's prompts show at once, each marked, and the
// answer the person types ends the prompt's line.
func TestRunLessonInTerminal(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"server.go": greeter, "client.go": asker(0)})
	cmd, mark := command(t, dir)
	tty, err := pty.Start(cmd)
	if err != nil {
		t.Fatalf("starting socklab in a terminal: %v", err)
	}
	defer tty.Close()
	screen := &buffer{}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			screen.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	defer func() {
		select {
		case <-exited:
		default:
			cmd.Process.Kill()
			<-exited
		}
		checkNoLeftovers(t, mark)
	}()

	waitScreen(t, screen, `client \| Enter IPv4 address of server: $`)
	tty.WriteString("127.0.0.1\r")
	waitScreen(t, screen, `\r?\nclient \| Enter port number of server: $`)
	tty.WriteString("12345\r")
	waitScreen(t, screen, `(?m)^client \| Hello from server\r?$`)
	select {
	case <-exited:
	case <-time.After(15 * time.Second):
		t.Fatalf("socklab did not exit; the screen:\n%s", screen)
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("exit status %d, want 0; the screen:\n%s", code, screen)
	}
}

func waitScreen(t *testing.T, screen *buffer, re string) {
	t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(15 * time.Second)
	for !rx.MatchString(screen.String()) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q:\n%s", re, screen)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
