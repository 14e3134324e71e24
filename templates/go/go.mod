module example.com/dsgrade-nodes

go 1.19
