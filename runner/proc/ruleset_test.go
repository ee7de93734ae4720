package proc

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/frontcache"
	"github.com/socklab/socklab/runner/socklabtest"
)

// rawOpen opens a file outside its folder by a raw system call, which no
// gate of socklab's sees (--allow-unsafe lets a script make it): only the
// kernel's ruleset can hold it.
const rawOpen = `package main

import (
	"fmt"
	"syscall"
)

func main() {
	fd, err := syscall.Open("../outside.txt", syscall.O_RDONLY, 0)
	if err != nil {
		fmt.Println("held:", err)
		return
	}
	syscall.Close(fd)
	fmt.Println("got out")
}
`

// TestRulesetBuiltHere: the Landlock ruleset that Start builds for a script
// process, in a socklab built as README's Install builds it, holds the
// script to its folder, whether the process was started early (package
// prestart) or by Start itself; and it is the policy's own, which lets
// --allow-files through.
func TestRulesetBuiltHere(t *testing.T) {
	if l := confine.Probe(); l.Landlock == 0 {
		t.Skipf("this kernel has no Landlock (%v)", l)
	}
	dir := t.TempDir()
	bin, err := socklabtest.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	lesson := filepath.Join(dir, "lesson")
	if err := os.Mkdir(lesson, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "outside.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lesson, "raw.go"), []byte(rawOpen), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		prestart string
		args     []string
		want     string
	}{
		{"started early", "1", []string{"--allow-unsafe"}, "held:"},
		{"started by Start", "0", []string{"--allow-unsafe"}, "held:"},
		{"--allow-files, started early", "1", []string{"--allow-unsafe", "--allow-files"}, "got out"},
		{"--allow-files, started by Start", "0", []string{"--allow-unsafe", "--allow-files"}, "got out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, append(append([]string{"run"}, tt.args...), "raw.go")...)
			cmd.Dir = lesson
			cmd.Env = append(os.Environ(), "SOCKLAB_PRESTART="+tt.prestart, frontcache.EnvCache+"=off")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("socklab run: %v\n%s", err, out)
			}
			if !strings.HasPrefix(string(out), tt.want) {
				t.Errorf("the script said %q, want %q", out, tt.want)
			}
		})
	}
}
