// difftest: same
package main

// A client with a deadline against a slow handler: the error is a
// *url.Error whose Op names the method and whose Timeout is true;
// errors.Is finds context.DeadlineExceeded through it, and the request's
// context in the handler reports its cancellation. The second request is
// canceled once its handler has started, so that the handler sees it
// however busy the machine is. The server's address
// is cut out of the text.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"time"
)

func main() {
	gone := make(chan error, 1)
	started := make(chan bool, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body) // net/http watches the connection once the body is read
		started <- true
		select {
		case <-time.After(20 * time.Second):
			fmt.Fprintln(w, "late")
		case <-r.Context().Done():
			gone <- r.Context().Err()
		}
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/slow", strings.NewReader("x"))
	_, err := http.DefaultClient.Do(req)
	var ue *url.Error
	if errors.As(err, &ue) {
		fmt.Println("op:", ue.Op, "timeout:", ue.Timeout(), "url:", strings.Replace(ue.URL, srv.URL, "SRV", 1))
	}
	fmt.Println("deadline:", errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	fmt.Println(strings.Replace(err.Error(), srv.URL, "SRV", 1))
	fmt.Println("handler saw:", <-gone)
	<-started

	ctx2, cancel2 := context.WithCancel(context.Background())
	req2, _ := http.NewRequestWithContext(ctx2, "GET", srv.URL+"/slow", nil)
	go func() { <-started; cancel2() }()
	_, err = http.DefaultClient.Do(req2)
	fmt.Println("canceled:", errors.Is(err, context.Canceled), errors.As(err, &ue) && ue.Op == "Get")
	fmt.Println("handler saw:", <-gone)
}
