package asleep

import (
	"strings"
	"testing"
)

const self = "goroutine 9 [running]:\nruntime.Stack(...)\n"

func TestAsleep(t *testing.T) {
	for _, c := range []struct {
		name   string
		others []string // the goroutines after the caller's
		want   bool
	}{
		{"receive", []string{"goroutine 1 [chan receive]:\nmain.main()\n"}, true},
		{"waited long, locked", []string{"goroutine 1 [chan receive, 2 minutes, locked to thread]:\nmain.main()\n"}, true},
		{"mutex and group", []string{"goroutine 1 [sync.WaitGroup.Wait]:\n", "goroutine 7 [sync.Mutex.Lock]:\n"}, true},
		{"nil channel", []string{"goroutine 1 [chan send (nil chan)]:\n"}, true},
		{"no cases", []string{"goroutine 1 [select (no cases)]:\n"}, true},
		{"traceback=system head", []string{"goroutine 1 gp=0xc000002380 m=nil [select]:\n"}, true},
		{"system goroutine", []string{"goroutine 1 [chan receive]:\n", "goroutine 2 [force gc (idle)]:\n"}, true},
		{"network", []string{"goroutine 1 [chan receive]:\n", "goroutine 5 [IO wait]:\n"}, false},
		{"sleep", []string{"goroutine 1 [sleep]:\n"}, false},
		{"input", []string{"goroutine 1 [syscall]:\n"}, false},
		{"signal", []string{"goroutine 1 [chan receive]:\n", "goroutine 6 [syscall, 3 minutes]:\nos/signal.signal_recv()\n"}, false},
		{"runnable", []string{"goroutine 1 [chan receive]:\n", "goroutine 4 [runnable]:\n"}, false},
		{"running", []string{"goroutine 4 [running]:\n"}, false},
		{"unknown state", []string{"goroutine 1 [chan receive (durable)]:\n"}, false},
		{"only the caller", nil, false},
	} {
		dump := strings.Join(append([]string{self}, c.others...), "\n")
		if got := Asleep([]byte(dump)); got != c.want {
			t.Errorf("%s: Asleep = %v, want %v\n%s", c.name, got, c.want, dump)
		}
	}
	if Asleep([]byte("not a dump")) {
		t.Error("Asleep of text that is no dump = true")
	}
}

func TestFatal(t *testing.T) {
	dump := self + "\ngoroutine 1 [chan receive]:\nmain.main()\n\t/x/main.go:5 +0x1d\n"
	want := Report + "\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/x/main.go:5 +0x1d\n"
	if got := string(Fatal([]byte(dump))); got != want {
		t.Errorf("Fatal =\n%q\nwant\n%q", got, want)
	}
}
