// difftest: same
package main

// Per-connection values through a context: the accept loop gives each
// connection a context carrying its ID under a key type of the program's
// own, and the handler's helpers read it back for their log lines, which
// are collected and printed in order.

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

type ctxKey string

const connIDKey ctxKey = "conn-id"

type logbook struct {
	mu    sync.Mutex
	lines []string
}

func (l *logbook) printf(ctx context.Context, format string, args ...any) {
	id, _ := ctx.Value(connIDKey).(int)
	l.mu.Lock()
	l.lines = append(l.lines, fmt.Sprintf("[conn %d] ", id)+fmt.Sprintf(format, args...))
	l.mu.Unlock()
}

func handle(ctx context.Context, c net.Conn, log *logbook, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	log.printf(ctx, "opened")
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		log.printf(ctx, "got %q", sc.Text())
		fmt.Fprintln(c, strings.ToUpper(sc.Text()))
	}
	log.printf(ctx, "closed")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	log := &logbook{}
	var handlers sync.WaitGroup
	go func() {
		base := context.Background()
		for id := 1; ; id++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			handlers.Add(1)
			go handle(context.WithValue(base, connIDKey, id), c, log, &handlers)
		}
	}()
	for _, words := range [][]string{{"hi", "bye"}, {"one"}} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		r := bufio.NewReader(c)
		for _, w := range words {
			fmt.Fprintln(c, w)
			reply, _ := r.ReadString('\n')
			fmt.Print(reply)
		}
		c.Close()
	}
	ln.Close()
	handlers.Wait()
	sort.SliceStable(log.lines, func(i, j int) bool { return log.lines[i][:8] < log.lines[j][:8] })
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(context.WithValue(context.Background(), connIDKey, 7).Value(ctxKey("conn-id")), context.Background().Value(connIDKey))
}
