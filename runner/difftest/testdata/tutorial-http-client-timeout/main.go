// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"time"
)

func main() {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(500 * time.Millisecond):
		case <-r.Context().Done():
		}
		io.WriteString(w, "late")
	}))
	defer slow.Close()
	client := &http.Client{Timeout: 50 * time.Millisecond}
	_, err := client.Get(slow.URL + "/x")
	var uerr *url.Error
	if errors.As(err, &uerr) {
		fmt.Println("op:", uerr.Op, "timeout:", uerr.Timeout())
		fmt.Printf("inner %T\n", uerr.Err)
	}
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded))
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout())
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", slow.URL, nil)
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	_, err = http.DefaultClient.Do(req)
	fmt.Println(errors.Is(err, context.Canceled))
	if ue, ok := err.(*url.Error); ok {
		fmt.Println(ue.Op, ue.Err)
	}
	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Println(err != nil)
	_, err = http.Get("://bad")
	fmt.Println(err)
	redir := httptest.NewServer(http.RedirectHandler("/final", http.StatusFound))
	defer redir.Close()
	nc := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := nc.Get(redir.URL)
	fmt.Println(resp.StatusCode, resp.Header.Get("Location"), err)
	resp.Body.Close()
	nc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		return fmt.Errorf("stop after %d", len(via))
	}
	_, err = nc.Get(redir.URL)
	fmt.Println(err != nil, errors.Unwrap(err))
}
