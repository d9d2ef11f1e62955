resource "aws_s3_bucket" "a" {


  bucket = "a"   

}



resource "aws_s3_bucket" "b" {
}
   
	
locals {
}
variable "last" {}