// difftest: same
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"sort"
	"strings"
)

// counter is a writer of the script's own, handed to compiled functions
// that take an io.Writer, in a file that does not import io.
type counter struct {
	bytes, writes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.writes++
	return len(p), nil
}

// upper is a reader of the script's own.
type upper struct{ r *strings.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	c := &counter{}
	fmt.Fprintln(c, "hello", 42)
	fmt.Fprintf(c, "%d-%d\n", 1, 2)
	fmt.Println("counted", c.bytes, "bytes in", c.writes, "writes")

	l := log.New(c, "app: ", 0)
	l.Println("logged")
	fmt.Println("after log", c.bytes)

	sc := bufio.NewScanner(upper{strings.NewReader("one\ntwo\n")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}

	bw := bufio.NewWriter(c)
	bw.WriteString("buffered")
	bw.Flush()
	fmt.Println("after flush", c.bytes, c.writes)

	enc := json.NewEncoder(c)
	enc.Encode(map[string]int{"a": 1})
	var v struct{ A int }
	json.NewDecoder(upper{strings.NewReader(`{"a": 7}`)}).Decode(&v)
	fmt.Println("after json", c.bytes, v.A)

	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
}
