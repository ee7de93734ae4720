// difftest: same

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"time"
)

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	side := make(chan string, 1)
	go func() {
		c, _ := ln.Accept()
		side <- fmt.Sprintf("server side %T", c)
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Printf("%T %T %T\n", ln, c, c.LocalAddr())
	io.ReadAll(c)
	fmt.Println(<-side)
	u, _ := net.ListenPacket("udp", "127.0.0.1:0")
	fmt.Printf("%T %T\n", u, u.LocalAddr())
	u.Close()
	a, b := net.Pipe()
	fmt.Printf("%T %T\n", a, b.RemoteAddr())
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Printf("%T\n", err)
	var oe *net.OpError
	errors.As(err, &oe)
	fmt.Printf("%T %T\n", oe.Err, oe.Addr)
	_, err = strconv.Atoi("x")
	fmt.Printf("%T %T\n", err, errors.Unwrap(err))
	fmt.Printf("%T %T %T %T\n", errors.New("x"), fmt.Errorf("w %w", err), fmt.Errorf("no wrap"), myErr{})
	err = json.Unmarshal([]byte("{"), new(int))
	fmt.Printf("%T %v\n", err, err)
	_, err = os.Open("/nonexistent/x")
	fmt.Printf("%T\n", err)
	fmt.Printf("%T %T %T\n", bufio.NewReader(c), strings.NewReader(""), time.Second)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%T %T %T", r.Body, r.URL, r.Header)
	}))
	defer ts.Close()
	resp, err := http.Get(ts.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%s | %T %T\n", body, resp, resp.Header)
	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Printf("%T\n", err)
	fmt.Printf("%T %T\n", io.EOF, os.ErrDeadlineExceeded)
}
