package lesson

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/socklab/socklab/runner/netgate"
)

// listenWatch learns when a program listens: the network gate of a program
// started with SOCKLAB_LISTEN_DIR=Dir creates a file named after each
// address it listens on in Dir.
type listenWatch struct {
	Dir string
	w   *fsnotify.Watcher
}

// newListenWatch makes an empty folder to hand a program, and watches it.
func newListenWatch() (*listenWatch, error) {
	dir, err := os.MkdirTemp("", "socklab-listen-")
	if err != nil {
		return nil, fmt.Errorf("creating a folder for listening addresses: %w", err)
	}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		err = w.Add(dir)
	}
	if err != nil {
		os.RemoveAll(dir)
		if w != nil {
			w.Close()
		}
		return nil, fmt.Errorf("watching %s: %w", dir, err)
	}
	return &listenWatch{Dir: dir, w: w}, nil
}

// Env is the environment entry that makes a program announce in Dir.
func (l *listenWatch) Env() string { return netgate.EnvListenDir + "=" + l.Dir }

// errEnded says the program ended before it listened.
var errEnded = errors.New("ended before it listened")

// Wait waits until the program listens and returns the address it asked
// for, as it wrote it ("127.0.0.1:12345"). It gives up when ended is
// closed (errEnded), after timeout, or when ctx is done.
func (l *listenWatch) Wait(ctx context.Context, ended <-chan struct{}, timeout time.Duration) (string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		// The folder is read after the watch began, so no file is missed.
		if addr, ok := l.first(); ok {
			return addr, nil
		}
		select {
		case <-l.w.Events:
		case err := <-l.w.Errors:
			return "", fmt.Errorf("watching %s: %w", l.Dir, err)
		case <-ended:
			if addr, ok := l.first(); ok {
				return addr, nil
			}
			return "", errEnded
		case <-deadline.C:
			return "", fmt.Errorf("did not listen within %v: does it call sock.Listen?", timeout)
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

// first returns the first address announced in the folder.
func (l *listenWatch) first() (string, bool) {
	entries, _ := os.ReadDir(l.Dir)
	for _, e := range entries {
		if name, ok := strings.CutPrefix(e.Name(), "listen-"); ok {
			return addrFromName(name), true
		}
	}
	return "", false
}

// addrFromName undoes netgate.ListenFileName: "127.0.0.1_12345" ->
// "127.0.0.1:12345"; an IPv6 host gets its brackets back.
func addrFromName(name string) string {
	i := strings.LastIndex(name, "_")
	if i < 0 {
		return name
	}
	host, port := name[:i], name[i+1:]
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + port
}

// Close stops watching and removes the folder.
func (l *listenWatch) Close() {
	l.w.Close()
	os.RemoveAll(l.Dir)
}
