// difftest: same
package main

// Marks sent as CSV over TCP: the client writes records with encoding/csv
// (a header row, then name and three marks, one with a quoted comma), then
// half-closes; the server reads them with csv.Reader, averages each
// student's marks and answers with a CSV report.

import (
	"encoding/csv"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
)

func report(conn net.Conn) {
	defer conn.Close()
	r := csv.NewReader(conn)
	w := csv.NewWriter(conn)
	header, err := r.Read()
	if err != nil {
		w.Write([]string{"error", err.Error()})
		w.Flush()
		return
	}
	w.Write([]string{header[0], "average", "best"})
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			w.Write([]string{"error", err.Error()})
			continue
		}
		sum, best := 0.0, 0.0
		for _, f := range rec[1:] {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				v = 0
			}
			sum += v
			best = max(best, v)
		}
		w.Write([]string{rec[0], strconv.FormatFloat(sum/float64(len(rec)-1), 'f', 2, 64), fmt.Sprint(best)})
	}
	w.Flush()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			report(c)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	w := csv.NewWriter(conn)
	w.WriteAll([][]string{
		{"student", "test1", "test2", "test3"},
		{"Tan, Wei Ming", "78", "82.5", "90"},
		{"Siti", "65", "n/a", "71"},
		{"Ravi", "88", "91", "79"},
	})
	conn.(*net.TCPConn).CloseWrite()
	r := csv.NewReader(conn)
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("report:", err)
	}
	out := csv.NewWriter(os.Stdout)
	out.Comma = '\t'
	out.WriteAll(recs)
	fmt.Println(len(recs), "rows")
}
