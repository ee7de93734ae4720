// difftest: same
package main

// Uploading a file through an HTML form: the client builds a
// multipart/form-data body with mime/multipart (a text field and a file
// part), the server reads it with r.FormFile, and answers with the file's
// name, size and first line.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"strings"
)

func upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f, hdr, err := r.FormFile("homework")
	if err != nil {
		http.Error(w, "no file: "+err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	first, _ := bufio.NewReader(f).ReadString('\n')
	fmt.Fprintf(w, "%s uploaded %s (%d bytes), first line %q", r.FormValue("student"), hdr.Filename, hdr.Size, strings.TrimSpace(first))
}

func post(url string, fields map[string]string, fileName, content string) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("homework", fileName)
		io.WriteString(fw, content)
	}
	mw.Close()
	resp, err := http.Post(url, mw.FormDataContentType(), &body)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Printf("%d %s\n", resp.StatusCode, strings.TrimSpace(string(b)))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(upload))
	url := "http://" + ln.Addr().String() + "/upload"
	post(url, map[string]string{"student": "wei"}, "lab1.go", "package main\n\nfunc main() {}\n")
	post(url, map[string]string{"student": "siti"}, "", "")
	post(url, map[string]string{"student": "ravi"}, "notes.txt", "")
	resp, err := http.Post(url, "text/plain", strings.NewReader("not a form"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, b)
	}
}
