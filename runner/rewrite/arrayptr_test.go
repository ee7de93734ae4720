package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("arrayptr", "range-array-pointer"),
	)
}
