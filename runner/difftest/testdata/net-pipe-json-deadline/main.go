// difftest: same
package main

// net.Pipe as an in-memory connection for testing a line protocol: a
// bufio.ReadWriter on each end, JSON requests and replies, a read
// deadline that expires (os.ErrDeadlineExceeded, a net.Error with
// Timeout), and io.ErrClosedPipe and io.EOF once an end is closed.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

type Req struct {
	Op   string `json:"op"`
	A, B int
}

type Resp struct {
	Result int    `json:"result"`
	Err    string `json:"err,omitempty"`
}

func serve(c net.Conn) {
	defer c.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
	dec := json.NewDecoder(rw)
	enc := json.NewEncoder(rw)
	for {
		var q Req
		if err := dec.Decode(&q); err != nil {
			fmt.Println("server:", err == io.EOF)
			return
		}
		var r Resp
		switch q.Op {
		case "add":
			r.Result = q.A + q.B
		case "div":
			if q.B == 0 {
				r.Err = "division by zero"
			} else {
				r.Result = q.A / q.B
			}
		case "sleep":
			continue // never answers
		default:
			r.Err = "unknown op " + q.Op
		}
		enc.Encode(r)
		rw.Flush()
	}
}

func main() {
	client, server := net.Pipe()
	fmt.Println(client.LocalAddr().Network(), client.RemoteAddr().String())
	done := make(chan bool)
	go func() { serve(server); done <- true }()

	enc := json.NewEncoder(client)
	dec := json.NewDecoder(client)
	for _, q := range []Req{{"add", 2, 3}, {"div", 7, 2}, {"div", 1, 0}, {"pow", 1, 1}, {"sleep", 0, 0}} {
		if err := enc.Encode(q); err != nil {
			fmt.Println("encode:", err)
			return
		}
		client.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
		var r Resp
		err := dec.Decode(&r)
		var ne net.Error
		switch {
		case errors.Is(err, os.ErrDeadlineExceeded):
			fmt.Println(q.Op, "timed out:", errors.As(err, &ne) && ne.Timeout(), err)
		case err != nil:
			fmt.Println(q.Op, "error:", err)
		default:
			fmt.Printf("%s -> %+v\n", q.Op, r)
		}
	}
	client.Close()
	<-done
	_, err := client.Write([]byte("x"))
	fmt.Println("write after close:", err, errors.Is(err, io.ErrClosedPipe))
	_, err = server.Read(make([]byte, 1))
	fmt.Println("server end read:", err, errors.Is(err, io.ErrClosedPipe))
}
