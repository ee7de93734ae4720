// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

// PeerError says which peer a send to failed.
type PeerError struct {
	Addr string
	Err  error
}

func (e *PeerError) Error() string { return "send to " + e.Addr + ": " + e.Err.Error() }
func (e *PeerError) Unwrap() error { return e.Err }

// BroadcastError holds the error of each peer a broadcast failed for.
type BroadcastError struct{ Peers []error }

func (b *BroadcastError) Error() string   { return fmt.Sprint(len(b.Peers), " peers failed") }
func (b *BroadcastError) Unwrap() []error { return b.Peers }

func broadcast(peers map[string]error, order []string) error {
	failed := &BroadcastError{}
	for _, addr := range order {
		if err := peers[addr]; err != nil {
			failed.Peers = append(failed.Peers, &PeerError{Addr: addr, Err: err})
		}
	}
	if len(failed.Peers) == 0 {
		return nil
	}
	return failed
}

func main() {
	timeout := &net.OpError{Op: "write", Net: "tcp", Err: os.ErrDeadlineExceeded}
	err := broadcast(map[string]error{"10.0.0.2:9000": io.ErrClosedPipe, "10.0.0.3:9000": timeout, "10.0.0.4:9000": nil},
		[]string{"10.0.0.2:9000", "10.0.0.3:9000", "10.0.0.4:9000"})
	fmt.Println(err)

	var pe *PeerError
	fmt.Println(errors.As(err, &pe), pe.Addr)
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	var be *BroadcastError
	fmt.Println(errors.As(fmt.Errorf("tick: %w", err), &be), len(be.Peers))

	fmt.Println(errors.Is(err, io.ErrClosedPipe), errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, io.EOF))

	both := fmt.Errorf("round 1: %w; round 2: %w", &PeerError{"10.0.0.5:9000", io.EOF}, err)
	fmt.Println(both)
	fmt.Println(errors.Is(both, io.EOF), errors.Is(both, io.ErrClosedPipe), errors.As(both, &pe), pe.Addr)
	joined := errors.Join(err, &PeerError{"10.0.0.6:9000", io.ErrUnexpectedEOF})
	fmt.Println(errors.Is(joined, io.ErrUnexpectedEOF), errors.Is(joined, os.ErrDeadlineExceeded))
}
