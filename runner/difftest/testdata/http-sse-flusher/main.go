// difftest: same
package main

// Streaming a response as it is made: the handler writes one event at a
// time and flushes each with http.Flusher (server-sent events), and the
// client reads the body line by line while the server is still sending.

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
)

func events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(w, "event: tick\ndata: %d\n\n", i)
		flusher.Flush()
	}
	fmt.Fprint(w, "event: done\ndata: bye\n\n")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(events))
	resp, err := http.Get("http://" + ln.Addr().String() + "/events")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status, resp.Header.Get("Content-Type"), resp.TransferEncoding, resp.ContentLength)
	sc := bufio.NewScanner(resp.Body)
	var event string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			fmt.Printf("%s -> %s\n", event, strings.TrimPrefix(line, "data: "))
		}
	}
	fmt.Println("stream ended:", sc.Err())
}
