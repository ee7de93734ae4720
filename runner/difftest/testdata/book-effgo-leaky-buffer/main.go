// difftest: same
package main

// Effective Go, A leaky buffer: a client reuses buffers from a free list
// (a buffered channel) and sends them full to a server, which returns
// them to the list if it has room; counts of new and reused buffers.

import (
	"fmt"
	"strings"
)

type Buffer struct {
	data []byte
	id   int
}

var (
	freeList   = make(chan *Buffer, 2)
	serverChan = make(chan *Buffer)
	made       int
	reused     int
)

func load(b *Buffer, msg string) {
	b.data = append(b.data[:0], msg...)
}

func client(msgs []string, done chan<- bool) {
	for _, msg := range msgs {
		var b *Buffer
		select {
		case b = <-freeList:
			reused++
		default:
			made++
			b = &Buffer{id: made}
		}
		load(b, msg)
		serverChan <- b
	}
	close(serverChan)
	done <- true
}

func process(b *Buffer, out *strings.Builder) {
	fmt.Fprintf(out, "%s ", strings.ToUpper(string(b.data)))
}

func server(out *strings.Builder, done chan<- bool) {
	for b := range serverChan {
		process(b, out)
		select {
		case freeList <- b:
		default:
		}
	}
	done <- true
}

func main() {
	var out strings.Builder
	done := make(chan bool)
	go server(&out, done)
	go client(strings.Fields("the quick brown fox jumps over the lazy dog"), done)
	<-done
	<-done
	fmt.Println(out.String())
	fmt.Println("buffers made:", made, "reused:", reused, "total:", made+reused)
	fmt.Println("free now:", len(freeList), cap(freeList))
}
