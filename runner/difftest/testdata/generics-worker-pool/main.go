// difftest: same
package main

// A generic worker pool whose jobs are net.Conn values dialled on
// loopback, and whose results are a struct of the script.

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

// Pool runs a handler for each job on a fixed number of workers.
type Pool[J, R any] struct {
	jobs    chan J
	results chan R
	wg      sync.WaitGroup
}

func NewPool[J, R any](workers int, handle func(J) R) *Pool[J, R] {
	p := &Pool[J, R]{jobs: make(chan J), results: make(chan R)}
	for range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				p.results <- handle(j)
			}
		}()
	}
	go func() { p.wg.Wait(); close(p.results) }()
	return p
}

func (p *Pool[J, R]) Submit(j J)        { p.jobs <- j }
func (p *Pool[J, R]) Close()            { close(p.jobs) }
func (p *Pool[J, R]) Results() <-chan R { return p.results }

type reply struct {
	id   int
	text string
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				line, _ := bufio.NewReader(c).ReadString('\n')
				fmt.Fprintf(c, "echo %s", strings.ToUpper(line))
			}(c)
		}
	}()
	pool := NewPool(3, func(c net.Conn) reply {
		defer c.Close()
		fmt.Fprintf(c, "hello %s\n", c.LocalAddr().Network())
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil {
			return reply{-1, err.Error()}
		}
		return reply{len(line), strings.TrimSpace(line)}
	})
	go func() {
		for range 5 {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				panic(err)
			}
			pool.Submit(c)
		}
		pool.Close()
	}()
	var got []string
	for r := range pool.Results() {
		got = append(got, fmt.Sprintf("%+v", r))
	}
	sort.Strings(got)
	fmt.Println(len(got), got[0])
}
