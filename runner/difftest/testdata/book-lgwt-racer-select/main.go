// difftest: same
package main

// Learn Go with Tests, Select: Racer asks two HTTP servers at once and
// returns the faster, with a timeout; the servers are httptest servers on
// loopback, one slow and one fast.

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

var tenSecondTimeout = 10 * time.Second

func Racer(a, b string) (winner string, err error) {
	return ConfigurableRacer(a, b, tenSecondTimeout)
}

func ConfigurableRacer(a, b string, timeout time.Duration) (winner string, err error) {
	select {
	case <-ping(a):
		return a, nil
	case <-ping(b):
		return b, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("timed out waiting for %s and %s", name(a), name(b))
	}
}

func ping(url string) chan struct{} {
	ch := make(chan struct{})
	go func() {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
		}
		close(ch)
	}()
	return ch
}

var names = map[string]string{}

func name(url string) string { return names[url] }

func makeDelayedServer(delay time.Duration) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		w.WriteHeader(http.StatusOK)
	}))
}

func main() {
	slowServer := makeDelayedServer(400 * time.Millisecond)
	fastServer := makeDelayedServer(0)
	defer slowServer.Close()
	defer fastServer.Close()
	names[slowServer.URL], names[fastServer.URL] = "slow", "fast"

	winner, err := Racer(slowServer.URL, fastServer.URL)
	fmt.Println(name(winner), err)

	server := makeDelayedServer(300 * time.Millisecond)
	defer server.Close()
	names[server.URL] = "sleepy"
	_, err = ConfigurableRacer(server.URL, server.URL, 20*time.Millisecond)
	fmt.Println(err, err != nil && !errors.Is(err, http.ErrServerClosed))
}
