// difftest: same
package main

// WaitForServer of chapter 5 of The Go Programming Language: it retries a
// HEAD request with exponential back-off until the server answers or a
// deadline passes, returning an error that wraps the last one with
// fmt.Errorf. The server is a loopback one that the program starts only
// after the first tries have failed; a second wait, for a port nothing
// listens on, gives up. The back-off is milliseconds here, not seconds.

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"strings"
	"time"
)

// WaitForServer attempts to contact the server of a URL.
// It tries for a short while, using exponential back-off.
// It reports an error if all attempts fail.
func WaitForServer(url string, timeout time.Duration) (int, error) {
	deadline := time.Now().Add(timeout)
	tries := 0
	for tries = 0; time.Now().Before(deadline); tries++ {
		_, err := http.Head(url)
		if err == nil {
			return tries, nil // success
		}
		time.Sleep(time.Millisecond << uint(tries)) // exponential back-off
	}
	return tries, fmt.Errorf("server %s failed to respond after %s", url[strings.LastIndex(url, "/"):], timeout)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there until started below
	started := make(chan struct{})
	go func() {
		time.Sleep(200 * time.Millisecond) // after the first try, also on a loaded machine
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			log.Fatal(err)
		}
		close(started)
		http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	}()
	tries, err := WaitForServer("http://"+addr+"/up", 10*time.Second)
	<-started
	fmt.Println("answered:", err, "after more than one try:", tries > 0)

	spare, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	dead := spare.Addr().String()
	spare.Close()
	tries, err = WaitForServer("http://"+dead+"/down", 200*time.Millisecond)
	fmt.Println(err, tries > 1)
	log.SetPrefix("wait: ")
	log.SetFlags(0)
	if err != nil {
		log.Printf("Site is down: %v\n", err)
	}
}
