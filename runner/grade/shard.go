package grade

import (
	"fmt"
	"strconv"
	"strings"
)

// A Shard is part K of N of a class (1 <= K <= N), for grading a large
// class on several machines at once.
type Shard struct{ K, N int }

// ParseShard reads "K/N".
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	sh := Shard{}
	var err1, err2 error
	sh.K, err1 = strconv.Atoi(k)
	sh.N, err2 = strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || sh.N < 1 || sh.K < 1 || sh.K > sh.N {
		return Shard{}, fmt.Errorf("--shard %q: write K/N with 1 <= K <= N, such as 2/4", s)
	}
	return sh, nil
}

// Select returns the students of the shard. Students are taken in order
// of name, every Nth from the Kth, so that every shard of one class gets
// the same students on every machine, and the shards are of even size.
func (sh Shard) Select(students []Student) []Student {
	var part []Student
	for i, s := range students { // sorted by OpenStudents
		if i%sh.N == sh.K-1 {
			part = append(part, s)
		}
	}
	return part
}
