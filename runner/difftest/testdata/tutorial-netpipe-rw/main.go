// difftest: same
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

type Session struct {
	conn net.Conn
	r    *bufio.Reader
	w    *bufio.Writer
	log  []string
}

func NewSession(c net.Conn) *Session {
	return &Session{conn: c, r: bufio.NewReader(c), w: bufio.NewWriter(c)}
}

func (s *Session) Send(format string, args ...any) error {
	if _, err := fmt.Fprintf(s.w, format+"\r\n", args...); err != nil {
		return err
	}
	return s.w.Flush()
}

func (s *Session) Recv() (string, error) {
	line, err := s.r.ReadString('\n')
	if err != nil {
		return "", err
	}
	line = line[:len(line)-2]
	s.log = append(s.log, line)
	return line, nil
}

func main() {
	a, b := net.Pipe()
	fmt.Printf("%v %v\n", a.LocalAddr(), a.RemoteAddr().Network())
	server := NewSession(b)
	go func() {
		for {
			l, err := server.Recv()
			if err != nil {
				fmt.Println("server:", err == io.EOF || errors.Is(err, io.ErrClosedPipe))
				return
			}
			server.Send("ECHO %s", l)
		}
	}()
	client := NewSession(a)
	for _, m := range []string{"one", "two"} {
		client.Send("%s", m)
		r, _ := client.Recv()
		fmt.Println(r)
	}
	a.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	_, err := client.Recv()
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), err)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	a.SetWriteDeadline(time.Now().Add(-time.Second))
	err = client.Send("late")
	fmt.Println(err)
	a.SetDeadline(time.Time{})
	a.Close()
	time.Sleep(20 * time.Millisecond)
	_, err = a.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, io.ErrClosedPipe))
	fmt.Println(len(client.log), len(server.log))
}
