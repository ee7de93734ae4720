package console_test

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/socklab/socklab/stdlib/console"
)

// withInput runs f with standard input reading text and standard output
// captured, and returns what f printed.
func withInput(t *testing.T, text string, f func()) string {
	t.Helper()
	inR, inW, _ := os.Pipe()
	outR, outW, _ := os.Pipe()
	go func() { io.WriteString(inW, text); inW.Close() }()
	oldIn, oldOut := os.Stdin, os.Stdout
	os.Stdin, os.Stdout = inR, outW
	defer func() { os.Stdin, os.Stdout = oldIn, oldOut }()
	f()
	outW.Close()
	printed, _ := io.ReadAll(outR)
	return string(printed)
}

func TestInputReadsLinesAndPrintsPrompts(t *testing.T) {
	var got []string
	printed := withInput(t, "127.0.0.1\r\n12345\nlast without newline", func() {
		for i := 0; i < 3; i++ {
			got = append(got, console.Input("> "))
		}
	})
	want := []string{"127.0.0.1", "12345", "last without newline"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Input = %q, want %q", got, want)
	}
	if printed != "> > > " {
		t.Errorf("printed %q, want the prompt three times", printed)
	}
}

func TestEndOfInput(t *testing.T) {
	withInput(t, "only\n", func() {
		if line, ok := console.ReadLine(""); !ok || line != "only" {
			t.Errorf("ReadLine = %q, %v", line, ok)
		}
		if line, ok := console.ReadLine(""); ok {
			t.Errorf("ReadLine after the end = %q, true", line)
		}
	})
}

// TestInputAtTheEndExits checks that Input ends the program with status 0
// when standard input has ended, as socklab runs it and as go build builds
// it, in a process of its own: this test binary run again.
func TestInputAtTheEndExits(t *testing.T) {
	if os.Getenv("CONSOLE_TEST_INPUT") == "1" {
		console.Input("prompt> ")
		fmt.Println("Input returned")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestInputAtTheEndExits$")
	cmd.Env = append(os.Environ(), "CONSOLE_TEST_INPUT=1")
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the program ended with %v, want status 0; it printed %q", err, out)
	}
	if string(out) != "prompt> " {
		t.Errorf("the program printed %q, want only the prompt", out)
	}
}

func TestInputLeavesTheRestForOtherReaders(t *testing.T) {
	withInput(t, "first\nsecond\n", func() {
		console.Input("")
		rest, _ := io.ReadAll(os.Stdin)
		if string(rest) != "second\n" {
			t.Errorf("after one Input, standard input holds %q", rest)
		}
	})
}
