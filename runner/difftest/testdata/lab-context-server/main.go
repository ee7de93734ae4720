// difftest: same
package main

// Stopping a server with a context: the server's loop closes its listener
// when the context is done, the handlers see the context too and say
// goodbye to their clients, and main waits for everything to stop.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

type Server struct {
	ln       net.Listener
	handlers sync.WaitGroup
}

func (s *Server) Serve(ctx context.Context) error {
	go func() {
		<-ctx.Done()
		s.ln.Close()
	}()
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("server stopped: %w", context.Cause(ctx))
			}
			return err
		}
		s.handlers.Add(1)
		go s.handle(ctx, conn)
	}
}

func (s *Server) handle(ctx context.Context, conn net.Conn) {
	defer s.handlers.Done()
	defer conn.Close()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(conn, "server shutting down, goodbye")
			return
		case line, ok := <-lines:
			if !ok {
				return
			}
			fmt.Fprintln(conn, "echo:", line)
		}
	}
}

var errMaintenance = errors.New("maintenance window")

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	srv := &Server{ln: ln}
	result := make(chan error)
	go func() { result <- srv.Serve(ctx) }()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	fmt.Fprintln(c, "ping")
	line, _ := r.ReadString('\n')
	fmt.Print(line)

	cancel(errMaintenance)
	line, _ = r.ReadString('\n')
	fmt.Print(line)
	err = <-result
	fmt.Println(err, errors.Is(err, errMaintenance))
	srv.handlers.Wait()
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	fmt.Println("dial after stop fails:", err != nil)
	c.Close()
}
