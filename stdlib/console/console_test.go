package console_test

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/diag"
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
		defer func() {
			if v := recover(); v != diag.ErrEndOfInput {
				t.Errorf("Input after the end panicked with %v, want diag.ErrEndOfInput", v)
			}
		}()
		console.Input("")
	})
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
