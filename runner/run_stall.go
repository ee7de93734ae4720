package runner

import (
	"io"
	"os"
	"strings"

	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/stall/watch"
)

// noticeStalls has the programs that socklab run DIR starts record their
// receives, and says on w once when they all wait on each other (see
// watch.Notice); the function it returns stops watching. With hints off
// it does nothing.
func noticeStalls(h *hintFlags, w io.Writer) (stop func()) {
	if h.off || h.after <= 0 {
		return func() {}
	}
	dir, err := os.MkdirTemp("", "socklab-stall-")
	if err != nil {
		return func() {}
	}
	os.Setenv(stall.EnvDir, dir)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		watch.Notice(dir, h.after, done, func(msg string) {
			io.WriteString(w, strings.TrimSuffix(msg, "\n")+"\n")
		})
	}()
	return func() {
		close(done)
		<-stopped
		os.Unsetenv(stall.EnvDir)
		os.RemoveAll(dir)
	}
}
