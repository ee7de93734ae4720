// Package console reads what the user types, like Python's input().
//
// Input reads standard input one byte at a time, without buffering ahead, so
// it can be mixed with fmt.Scan and other readers of standard input.
package console

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

var mu sync.Mutex

// MaxLine is the longest line Input accepts, so that a runaway input (a
// binary file piped in by mistake) cannot fill memory.
const MaxLine = 1 << 20

// Input prints prompt, then returns the next line the user types, without
// its newline. When standard input has ended (Ctrl-D, or the end of a file
// fed to the script) the script ends cleanly with exit status 0 instead of
// looping for ever on empty answers: it exits as os.Exit(0) does, the same
// whether socklab runs it or the Go toolchain built it.
func Input(prompt string) string {
	line, ok := ReadLine(prompt)
	if !ok {
		os.Exit(0)
	}
	return line
}

// ReadLine is Input for scripts that handle the end of input themselves: ok
// is false when standard input has ended and no more line came.
func ReadLine(prompt string) (line string, ok bool) {
	mu.Lock()
	defer mu.Unlock()
	if prompt != "" {
		fmt.Fprint(os.Stdout, prompt)
	}
	var sb strings.Builder
	var b [1]byte
	for {
		n, err := os.Stdin.Read(b[:])
		if n == 1 {
			if b[0] == '\n' {
				return strings.TrimSuffix(sb.String(), "\r"), true
			}
			if sb.Len() == MaxLine {
				panic(fmt.Errorf("input line longer than %d bytes: is standard input the right file?", MaxLine))
			}
			sb.WriteByte(b[0])
			continue
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				panic(fmt.Errorf("reading standard input: %w", err))
			}
			if sb.Len() > 0 {
				return strings.TrimSuffix(sb.String(), "\r"), true
			}
			return "", false
		}
	}
}
