// difftest: same
package main

// A file upload, as a web lab has students write it: the client sends a
// form with a field and a file with mime/multipart, the server parses
// it, counts the file's lines and answers with a summary.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
)

func upload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	file, header, err := r.FormFile("report")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer file.Close()
	lines := 0
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		lines++
	}
	fmt.Fprintf(w, "student=%s file=%s size=%d lines=%d type=%s\n",
		r.FormValue("student"), header.Filename, header.Size, lines, header.Header.Get("Content-Type"))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/upload", upload)
	go http.Serve(ln, mux)
	url := "http://" + ln.Addr().String() + "/upload"

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("student", "ada")
	fw, _ := mw.CreateFormFile("report", "lab3.txt")
	io.WriteString(fw, "line one\nline two\nline three\n")
	mw.Close()

	for _, send := range []func() (*http.Response, error){
		func() (*http.Response, error) {
			return http.Post(url, mw.FormDataContentType(), bytes.NewReader(body.Bytes()))
		},
		func() (*http.Response, error) { return http.Get(url) },
		func() (*http.Response, error) { return http.Post(url, "text/plain", bytes.NewReader([]byte("x"))) },
	} {
		resp, err := send()
		if err != nil {
			fmt.Println(err)
			continue
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, out)
	}
}
