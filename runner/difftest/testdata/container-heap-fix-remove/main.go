// difftest: same

package main

// container/heap with Fix and Remove on a priority queue whose items know
// their index, and container/list's InsertAfter and MoveToBack.

import (
	"container/heap"
	"container/list"
	"fmt"
)

type job struct {
	name string
	prio int
	idx  int
}

type pq []*job

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)        { j := x.(*job); j.idx = len(*q); *q = append(*q, j) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	*q = old[:n-1]
	j.idx = -1
	return j
}
func (q *pq) update(j *job, p int) { j.prio = p; heap.Fix(q, j.idx) }

func main() {
	q := &pq{}
	heap.Init(q)
	jobs := map[string]*job{}
	for i, n := range []string{"send", "recv", "ack", "close"} {
		j := &job{name: n, prio: i * 3 % 5}
		jobs[n] = j
		heap.Push(q, j)
	}
	q.update(jobs["close"], 10)
	heap.Remove(q, jobs["ack"].idx)
	for q.Len() > 0 {
		j := heap.Pop(q).(*job)
		fmt.Println(j.name, j.prio, j.idx)
	}
	l := list.New()
	e := l.PushBack(1)
	l.PushFront(0)
	l.InsertAfter(2, e)
	l.MoveToBack(l.Front())
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value, " ")
	}
	fmt.Println(l.Len())
}
