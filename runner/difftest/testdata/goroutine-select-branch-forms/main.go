// difftest: same
package main

import "fmt"

func fill(vals ...int) chan int {
	ch := make(chan int, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
}

func a() (out []int) {
	ch := fill(1, -2, 3, 0, 5)
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			switch {
			case v < 0:
				continue
			case v == 0:
				out = append(out, 100)
				continue
			}
			out = append(out, v)
		}
	}
}

func b() (out []int) {
	ch := fill(1, 2, 3, 4)
	i := 0
	for i < 10 {
		i++
		select {
		case v, ok := <-ch:
			if !ok {
				goto done
			}
			if v%2 == 0 {
				continue
			}
			out = append(out, v)
		}
	}
done:
	out = append(out, -i)
	return
}

func c() (out []string) {
	chs := []chan int{fill(1, 2), fill(3)}
	for idx, ch := range chs {
	inner:
		for {
			select {
			case v, ok := <-ch:
				if !ok {
					break inner
				}
				out = append(out, fmt.Sprint(idx, ":", v))
				continue inner
			}
		}
		out = append(out, "next")
	}
	return
}

func d() int {
	ch := fill(5, 6, 7)
	sum := 0
	for v := range ch {
		select {
		case ch2 := <-fill(v):
			if ch2 == 6 {
				continue
			}
			sum += ch2
		default:
		}
	}
	return sum
}

func e() (n int) {
	ch := fill(1, 2, 3)
	defer func() { n *= 10 }()
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			n += v
			continue
		}
	}
}

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c())
	fmt.Println(d())
	fmt.Println(e())
}
