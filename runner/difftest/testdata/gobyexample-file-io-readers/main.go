// difftest: same
// Reading and writing files in a folder of the program's own: CSV written
// and read back, a small bufio.Writer, ReadAt past the end, a
// SectionReader, and io's Tee, Pipe, Multi and Limit readers and writers.
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

type record struct {
	name  string
	score int
}

func main() {
	dir, err := os.MkdirTemp(".", "io-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "scores.csv")
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := csv.NewWriter(f)
	w.Write([]string{"name", "score"})
	for _, r := range []record{{"ann", 90}, {"bob, jr", 75}, {"cy \"c\"", 60}} {
		w.Write([]string{r.name, fmt.Sprint(r.score)})
	}
	w.Flush()
	f.Close()
	data, _ := os.ReadFile(path)
	fmt.Print(string(data))
	rf, _ := os.Open(path)
	defer rf.Close()
	rows, err := csv.NewReader(rf).ReadAll()
	fmt.Println(len(rows), rows[2], err)
	lf, _ := os.OpenFile(filepath.Join(dir, "log.txt"), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0644)
	bw := bufio.NewWriterSize(lf, 16)
	for i := range 5 {
		fmt.Fprintf(bw, "line %d\n", i)
	}
	fmt.Println("buffered:", bw.Buffered())
	bw.Flush()
	lf.Close()
	in, _ := os.Open(filepath.Join(dir, "log.txt"))
	sc := bufio.NewScanner(in)
	n := 0
	for sc.Scan() {
		n++
		if strings.HasSuffix(sc.Text(), "3") {
			fmt.Println("found", sc.Text(), "at", n)
		}
	}
	in.Close()
	rs, _ := os.Open(filepath.Join(dir, "log.txt"))
	buf := make([]byte, 6)
	k, err := rs.ReadAt(buf, 7)
	fmt.Printf("%d %q %v\n", k, buf, err)
	k, err = rs.ReadAt(buf, 33)
	fmt.Printf("%d %q %v\n", k, buf[:k], err)
	sr := io.NewSectionReader(rs, 14, 6)
	all, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", all)
	rs.Close()
	var sb strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &sb)
	io.Copy(io.Discard, tee)
	fmt.Println(sb.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	pb, _ := io.ReadAll(pr)
	fmt.Println(string(pb))
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	mb, _ := io.ReadAll(mr)
	var s1, s2 strings.Builder
	mw := io.MultiWriter(&s1, &s2)
	fmt.Fprint(mw, "both")
	fmt.Println(string(mb), s1.String(), s2.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Println(string(lb))
}
