// difftest: same
package main

// A print-queue server that serves the most urgent job first: jobs arrive
// over TCP as "priority name", go into a container/heap priority queue (a
// type of the program's own implementing heap.Interface), and are printed
// in order once the client is done.

import (
	"bufio"
	"container/heap"
	"fmt"
	"net"
	"strconv"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	seq      int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q JobQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *JobQueue) Push(x any)   { *q = append(*q, x.(*Job)) }
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	*q = old[:n-1]
	return j
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan *JobQueue)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		q := &JobQueue{}
		heap.Init(q)
		sc := bufio.NewScanner(c)
		for seq := 0; sc.Scan(); seq++ {
			p, name, ok := strings.Cut(sc.Text(), " ")
			prio, err := strconv.Atoi(p)
			if !ok || err != nil {
				fmt.Fprintln(c, "rejected", sc.Text())
				continue
			}
			heap.Push(q, &Job{name, prio, seq})
			fmt.Fprintln(c, "queued", name, "at", q.Len())
		}
		done <- q
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, job := range []string{"1 notes.pdf", "5 exam.docx", "3 slides.ppt", "5 urgent.txt", "x broken", "0 poster.png"} {
		fmt.Fprintln(c, job)
		reply, _ := r.ReadString('\n')
		fmt.Print(reply)
	}
	c.Close()
	q := <-done
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		fmt.Printf("printing %-12s (priority %d)\n", j.Name, j.Priority)
	}
}
