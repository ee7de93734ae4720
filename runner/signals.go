package runner

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// interruption is a context that ends when socklab is asked to stop: Ctrl-C,
// SIGTERM, or the terminal closing (SIGHUP). Commands that supervise
// programs stop them all, then exit with Status.
type interruption struct {
	context.Context
	sig  atomic.Int32
	stop func()
}

func newInterruption() *interruption {
	ctx, cancel := context.WithCancel(context.Background())
	in := &interruption{Context: ctx}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		select {
		case s := <-sigs:
			if n, ok := s.(syscall.Signal); ok {
				in.sig.Store(int32(n))
			}
			cancel()
		case <-ctx.Done():
		}
	}()
	in.stop = func() {
		signal.Stop(sigs)
		cancel()
	}
	return in
}

// Status is the exit status that reports the signal: 128+N, as a shell does.
func (in *interruption) Status() int { return 128 + int(in.sig.Load()) }

// Stop stops listening for signals.
func (in *interruption) Stop() { in.stop() }
